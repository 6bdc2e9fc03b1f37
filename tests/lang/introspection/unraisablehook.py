# sys.unraisablehook: errors that cannot be raised (__del__, generator
# close, weakref callbacks) go to the hook with CPython's argument object.
# stderr: exact
import sys, gc, weakref

print(sys.unraisablehook is sys.__unraisablehook__, type(sys.unraisablehook).__name__)
seen = []
def hook(u):
    seen.append(u)
    print('hook:', type(u).__name__, u.exc_type.__name__, u.exc_value, type(u.exc_traceback).__name__,
          u.err_msg, type(u.object).__name__)
sys.unraisablehook = hook

class D:
    def __del__(self):
        raise KeyError('from __del__')
d = D()
del d
u = seen[-1]
print(u.exc_value.__traceback__ is u.exc_traceback, u.exc_traceback.tb_frame.f_code.co_name)
print(len(u), u[0] is KeyError)

def stubborn():
    try:
        yield 1
    finally:
        raise ValueError('in finally')
g = stubborn()
next(g)
del g

class C:
    pass
c = C()
def cb(ref):
    raise TypeError('callback failed')
r = weakref.ref(c, cb)
del c

class Cycle:
    def __del__(self):
        raise RuntimeError('collected')
x = Cycle()
x.self = x
del x
gc.collect()

# A hook that fails itself is reported by the default hook (stderr).
class BadHook:
    def __call__(self, u):
        raise OSError('hook broke')
    def __repr__(self):
        return '<BadHook>'
sys.unraisablehook = BadHook()
d = D()
del d
print('after bad hook')

# Back to the default (which prints to stderr).
sys.unraisablehook = sys.__unraisablehook__
print(sys.unraisablehook is sys.__unraisablehook__)
try:
    sys.__unraisablehook__(42)
except TypeError as e:
    print('TypeError:', e)
seen.clear()
