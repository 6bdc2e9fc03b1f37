# close() is delegated to the sub-iterator, innermost first.
def level(n):
    try:
        if n == 0:
            yield 'bottom'
        else:
            yield from level(n - 1)
    finally:
        print('finally level', n)

g = level(3)
print(next(g))
print('yieldfrom is generator:', type(g.gi_yieldfrom).__name__)
g.close()
print('after close', g.gi_frame, g.gi_yieldfrom)

def over_iterator():
    try:
        yield from iter([1, 2, 3])
    finally:
        print('over_iterator finally')

g = over_iterator()
print(next(g))
print(type(g.gi_yieldfrom).__name__)
g.close()

def stubborn_inner():
    try:
        yield 1
    except GeneratorExit:
        print('inner ignores exit')
        yield 2

def outer():
    try:
        yield from stubborn_inner()
    except RuntimeError as e:
        print('outer sees', e)
        raise

g = outer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('close raised', e)

def inner_raises():
    try:
        yield 1
    finally:
        raise KeyError('from inner finally')

def outer2():
    try:
        yield from inner_raises()
    except KeyError as e:
        print('outer2 caught', repr(e))
        yield 'outer2 yields again'

g = outer2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)
