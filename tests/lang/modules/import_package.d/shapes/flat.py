print('init flat', __name__, __package__)


def square_area(side):
    return side * side
