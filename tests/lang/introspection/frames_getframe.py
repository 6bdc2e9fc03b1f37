# sys._getframe and frame objects: f_back, f_code, f_lineno, f_globals,
# f_locals, f_builtins; tracebacks' tb_frame, tb_lineno, tb_next.
import sys

def t(label, f):
    try:
        print(label, '->', repr(f()))
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def caller():
    return where()

print(caller())
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_globals is globals(), top.f_locals is globals())
print(top.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else top.f_builtins is __builtins__)
print(type(top).__name__, sys._getframe() is top, sys._getframe(0) is top)

def a(n):
    return b(n + 1)
def b(m):
    fr = sys._getframe()
    chain = []
    while fr is not None:
        chain.append(fr.f_code.co_name)
        fr = fr.f_back
    return chain, sys._getframe(1).f_locals, sys._getframe(2) is top
print(a(1))

def code_info(p, q=2, *rest, k, **kw):
    local = 1
    co = sys._getframe().f_code
    return co.co_name, co.co_filename.endswith('frames_getframe.py'), co.co_firstlineno, co.co_varnames, co.co_argcount
print(code_info(1, k=3))

t('too deep', lambda: sys._getframe(1000))
t('bad type', lambda: sys._getframe('x'))
t('float', lambda: sys._getframe(1.5))
t('negative', lambda: sys._getframe(-5).f_code.co_name)
t('two args', lambda: sys._getframe(1, 2))

# A frame outlives its call: it keeps its locals and its f_back.
def keep():
    secret = 'kept'
    other = [1, 2]
    return sys._getframe()
kf = keep()
print(sorted(kf.f_locals.items()), kf.f_back is top, kf.f_code.co_name, kf.f_lineno)

def lines():
    fr = sys._getframe()
    first = fr.f_lineno
    second = fr.f_lineno
    return second - first
print(lines())

# f_locals reflects later changes when read again.
def changing():
    fr = sys._getframe()
    x = 1
    first = dict(fr.f_locals)
    x = 2
    y = 3
    return sorted(first), fr.f_locals['x'], fr.f_locals['y']
print(changing())

# Tracebacks carry the frames they went through.
def inner():
    v = 'inner local'
    raise ValueError('boom')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        fr = tb.tb_frame
        print(fr.f_code.co_name, tb.tb_lineno, fr.f_lineno, type(tb.tb_next).__name__)
        tb = tb.tb_next
    last = e.__traceback__.tb_next.tb_next
    print(last.tb_frame.f_locals['v'], last.tb_frame.f_back.f_code.co_name)
    print(e.__traceback__.tb_frame is sys._getframe())

# Generator frames.
def gen():
    fr = sys._getframe()
    yield fr
    yield fr.f_lineno
g = gen()
fr = next(g)
print(fr is g.gi_frame, fr.f_code.co_name, fr.f_back, next(g) > 0)
def driver():
    return next(gen()).f_back
print(driver())
g2 = gen()
print(g2.gi_frame.f_lineno == gen.__code__.co_firstlineno, g2.gi_frame.f_locals)
