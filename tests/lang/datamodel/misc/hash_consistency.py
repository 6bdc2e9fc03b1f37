# Objects that compare equal hash equal: numbers across types, tuples, frozensets.
pairs = [(1, 1.0), (1, True), (0, -0.0), (2**100, float(2**100)), (0.5, 0.5), ((1, 2), (1.0, 2.0)),
         (frozenset([1, 2]), frozenset([2.0, 1.0])), ((), ()), (-1, -1.0), (2**61 - 1, 0), (2**61, 1)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
print(hash(-1), hash(-2), hash(-1.0), hash((-1,)) == hash((-2,)))
print(hash(2**61 - 1), hash(-(2**61 - 1)), hash(2**61 - 2), hash(float(2**61)))
print(hash(1e-300), hash(-1e-300), hash(1.0000000000000002), hash(1e308))
s = {1, 1.0, True, (1,), (1.0,), frozenset([1]), frozenset([True])}
print(len(s), sorted(map(repr, s)))
