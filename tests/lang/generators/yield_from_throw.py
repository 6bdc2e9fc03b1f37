# throw() into a generator delegating with yield from goes to the sub-generator first.
def sub():
    try:
        yield 'sub 1'
        yield 'sub 2'
    except KeyError as e:
        print('sub caught', repr(e))
        yield 'sub recovered'
        return 'sub result'
    finally:
        print('sub finally')

def outer():
    try:
        r = yield from sub()
        print('outer got', r)
        yield 'outer after'
    except ValueError as e:
        print('outer caught', repr(e))
        yield 'outer recovered'

g = outer()
print(next(g))
print(g.throw(KeyError('k')))
print(next(g))
print(next(g, 'end'))

g = outer()
print(next(g))
print(g.throw(ValueError('v')))
print(g.gi_yieldfrom)

g = outer()
next(g)
try:
    g.throw(TypeError('t'))
except TypeError as e:
    print('propagated', e)

def returns_on_throw():
    try:
        yield 1
    except ZeroDivisionError:
        return 'returned on throw'

def outer2():
    r = yield from returns_on_throw()
    print('outer2 got', r)
    yield 'outer2 after'

g = outer2()
next(g)
print(g.throw(ZeroDivisionError))
