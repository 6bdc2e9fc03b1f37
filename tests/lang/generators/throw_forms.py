# throw(): by type, by instance, with a value, the 3-argument form, and the errors.
def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught ValueError', e.args)
        except KeyError as e:
            print('caught KeyError', e.args)
            yield 'after key'

g = catcher()
print(next(g))
print(g.throw(ValueError))
print(g.throw(ValueError('inst')))
print(g.throw(ValueError, 'val'))
print(g.throw(ValueError, ('a', 'b')))
print(g.throw(ValueError, ValueError('same')))
print(g.throw(KeyError, 'k', None))
print(next(g))
try:
    g.throw(TypeError('not caught'))
except TypeError as e:
    print('propagated', e)
print(g.gi_frame)
try:
    g.throw(IndexError)
except IndexError as e:
    print('thrown into finished', type(e).__name__)

g = catcher()
try:
    g.throw(ValueError('unstarted'))
except ValueError as e:
    print('unstarted raises', e)
print(g.gi_frame)

g = catcher(); next(g)
for bad in [(1,), (ValueError('x'), 'y'), (ValueError, 'v', 'notb')]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    g.throw()
except TypeError as e:
    print('TypeError:', e)
try:
    raise RuntimeError('with tb')
except RuntimeError as err:
    tb = err.__traceback__
try:
    g.throw(RuntimeError, RuntimeError('r'), tb)
except RuntimeError as e:
    print('3-arg form:', e)
