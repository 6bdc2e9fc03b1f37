# Default equality is identity; in, index, count and remove use __eq__.
class P:
    pass
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, V) and o.v == self.v
    def __repr__(self):
        return f'V{self.v}'
a, b = P(), P()
print(a == b, a == a, a != b, a in [b], a in [b, a], [a, b].index(b))
l = [V(1), V(2), V(1)]
print(V(1) in l, l.count(V(1)), l.index(V(2)))
l.remove(V(1))
print(l, V(3) in l, (V(2),) == (V(2),), [V(1)] == [V(1)], {'k': V(1)} == {'k': V(1)})
print(V(1) == 1, 1 == V(1), V(1) != V(2))
