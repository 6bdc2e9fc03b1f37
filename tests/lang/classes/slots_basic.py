# __slots__: fixed attributes, no __dict__, errors, inheritance.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, 'y'), hasattr(p, '__dict__'))
for action in (lambda: p.y, lambda: setattr(p, 'z', 1), lambda: p.z, lambda: delattr(p, 'y'), lambda: vars(p)):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)
p.y = 2
print(p.x, p.y)
del p.x
print(hasattr(p, 'x'))
print(type(P.x).__name__, P.x, P.__slots__)
class Q(P):
    pass
q = Q(5)
q.extra = 'dict now'
print(q.x, q.extra, vars(q))
class R(P):
    __slots__ = ('z',)
r = R(1)
r.z = 3
print(r.x, r.z, hasattr(r, '__dict__'))
class S:
    __slots__ = 'single'
s = S()
s.single = 'ok'
print(s.single)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))
try:
    class Conflict:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print('ValueError:', e)
