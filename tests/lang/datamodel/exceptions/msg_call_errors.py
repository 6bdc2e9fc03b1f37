# Call errors of Python functions: missing, extra, duplicate and unexpected arguments.
def f(a, b):
    pass
def g(a, b=1, *, c, d=2):
    pass
def h(x, /, y):
    pass
def k(*args, **kw):
    pass
def one(a):
    pass
def none():
    pass
def show(fn):
    try:
        fn()
        print('ok')
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: f(1))
show(lambda: f())
show(lambda: f(1, 2, 3))
show(lambda: one(1, 2))
show(lambda: none(1))
show(lambda: f(1, a=1))
show(lambda: f(1, 2, c=3))
show(lambda: g(1))
show(lambda: g(1, 2, 3))
show(lambda: g())
show(lambda: g(1, c=1, e=5))
show(lambda: h(x=1, y=2))
show(lambda: h(1, 2, 3))
show(lambda: k(1, a=2))
show(lambda: (lambda q: q)())
show(lambda: (lambda: 0)(1))
class C:
    def m(self, a):
        pass
show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C.m(1))
show(lambda: C(1))
def three(a, b, c):
    pass
show(lambda: three(1))
show(lambda: three())
def kwonly(*, a, b):
    pass
show(lambda: kwonly())
show(lambda: kwonly(1))
