print('loading helper', __name__)
GREETING = 'hello'
counter = 0


def greet(name):
    global counter
    counter += 1
    return GREETING + ', ' + name


def _private():
    return 'private'
