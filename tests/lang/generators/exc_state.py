# The exception a generator handles is its own while suspended (sys.exc_info, bare raise).
import sys

def in_except():
    try:
        raise KeyError('inside')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
        raise

g = in_except()
print(next(g))
print('outside sees', sys.exc_info())
try:
    raise ValueError('outer')
except ValueError:
    print(next(g))
    print('caller still handles', sys.exc_info()[0].__name__)
try:
    next(g)
except KeyError as e:
    print('bare raise re-raised', repr(e))

def no_except():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]

g = no_except()
print(next(g))
try:
    raise IndexError
except IndexError:
    print('sees caller exception:', next(g).__name__)

def context_chain():
    yield 1
    raise TypeError('raised in gen')
g = context_chain()
next(g)
try:
    raise ValueError('handling')
except ValueError:
    try:
        next(g)
    except TypeError as e:
        print(repr(e), 'context', repr(e.__context__))

def after_handler():
    try:
        raise KeyError('k')
    except KeyError:
        pass
    yield sys.exc_info()[0]
g = after_handler()
try:
    raise OSError('caller')
except OSError:
    print('after handler sees', next(g).__name__)
print('end', sys.exc_info())

def throw_context():
    try:
        raise KeyError('own')
    except KeyError:
        try:
            yield 1
        except ValueError as e:
            yield repr(e.__context__)
g = throw_context()
next(g)
print(g.throw(ValueError('thrown')))
