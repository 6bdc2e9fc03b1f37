__all__ = ['volume']


def volume(side):
    return side ** 3


def surface(side):
    return 6 * side * side
