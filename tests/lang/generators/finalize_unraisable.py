# A generator that ignores GeneratorExit when deleted: the error is reported, not raised.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('ignoring GeneratorExit')
    yield 2
    print('never reached')

g = stubborn()
next(g)
del g
print('script goes on')

def raising():
    try:
        yield 1
    finally:
        raise ValueError('in finally')
g = raising()
next(g)
del g
print('still going')
