# f(*x) and f(**x) errors name the callable as CPython does (module.qualname()).
def g(*a, **k): pass
class C:
    def m(self, *a): pass
for f in [lambda: g(*5), lambda: g(1, *5), lambda: g(*[1], *5), lambda: g(**[1]), lambda: g(a=1, **[1]), lambda: g(**{}, **[1]), lambda: C().m(*5), lambda: C.m(*5), lambda: len(*5), lambda: print(**[1]), lambda: g(**{'a':1}, a=2), lambda: g(a=1, **{'a':2}), lambda: C().m(**{'a':1}, **{'a':1}), lambda: [].append(*5), lambda: (lambda: 0)(*5), lambda: g(*None), lambda: g(**None), lambda: int(**{1:2}), lambda: g(**{1:2}), lambda: g(**{'a':1}, **{1:2})]:
    try: f()
    except TypeError as e: print(e)
