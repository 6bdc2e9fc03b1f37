# set/frozenset operators: result types follow the left operand; frozensets are hashable.
a = {1, 2, 3}
f = frozenset([2, 3, 4])
for r in [a | f, f | a, a & f, f & a, a - f, f - a, a ^ f, f ^ a]:
    print(type(r).__name__, sorted(r))
print(a < f, a <= {1, 2, 3}, a < {1, 2, 3, 4}, f >= {2}, f > f, a == {3, 2, 1})
d = {frozenset([1, 2]): 'x', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()], frozenset([1, 2]) in d)
print(hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset([1])))
print(frozenset(), frozenset(range(3)), repr(frozenset({5})), set(frozenset([7])))
print({frozenset([1]), frozenset([1])}, len({frozenset(), frozenset()}))
g = f
g |= {9}
print(f, g, g is f, type(g).__name__)
s2 = a
s2 |= {9}
print(a, s2 is a)
print(frozenset([1, 2]).union([3]), frozenset('a').copy() is not None, f.isdisjoint(a))
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
