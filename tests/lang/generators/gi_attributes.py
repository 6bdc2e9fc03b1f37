# gi_frame, gi_running, gi_suspended, gi_code, gi_yieldfrom, __name__, __qualname__.
def gen(a):
    x = a * 2
    yield x
    y = x + 1
    yield y

g = gen(5)
print(g.__name__, g.__qualname__, g.gi_code.co_name)
print(g.gi_frame is not None, g.gi_frame.f_lineno, g.gi_running, g.gi_suspended)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(g.gi_frame.f_lineno, g.gi_suspended, sorted(g.gi_frame.f_locals.items()))
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(g.gi_frame.f_code is g.gi_code, g.gi_frame.f_code.co_name)
print(g.gi_yieldfrom)
list(g)
print(g.gi_frame, g.gi_running, g.gi_suspended, g.gi_code.co_name)

def outer():
    def inner_gen():
        yield 1
    return inner_gen()
g = outer()
print(g.__name__, g.__qualname__)
print(repr(g).startswith('<generator object outer.<locals>.inner_gen at 0x'))
ge = (i for i in range(3))
print(ge.__name__, ge.__qualname__, type(ge).__name__)
print(repr(ge).startswith('<generator object <genexpr> at 0x'))
g.__name__ = 'renamed'
g.__qualname__ = 'Q.renamed'
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 3
except TypeError as e:
    print('TypeError:', e)

def delegating():
    yield from sub_gen
sub_gen = gen(1)
d = delegating()
next(d)
print(d.gi_yieldfrom is sub_gen, sub_gen.gi_suspended)
def watch():
    print('inside running:', w.gi_running, w.gi_suspended)
    yield
w = watch()
next(w)
print(type(w.gi_frame).__name__)
