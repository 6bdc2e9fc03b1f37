# Rich comparisons: reflection, NotImplemented, __ne__ from __eq__, errors.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        if not isinstance(o, V):
            return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
print(V(1) == V(1), V(1) != V(2), V(1) == 1, V(1) != 1)
print(V(1) < V(2), V(3) > V(2), V(1) <= V(1), V(2) >= V(1))
try:
    V(1) < 5
except TypeError as e:
    print('TypeError:', e)
try:
    5 > V(1)
except TypeError as e:
    print('TypeError:', e)
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v)[0].v, [x.v for x in sorted([V(3), V(1), V(2)])])
print(max(V(1), V(5)).v, min([V(4), V(2)]).v)
class Sub(V):
    def __eq__(self, o):
        print('Sub.eq')
        return True
print(V(1) == Sub(2))
class A:
    pass
class B:
    pass
try:
    A() < B()
except TypeError as e:
    print('TypeError:', e)
try:
    A() >= 3
except TypeError as e:
    print('TypeError:', e)
a = A()
print(a == a, a != a, A() == A(), a is a)
print(V(1) in [V(0), V(1)])
