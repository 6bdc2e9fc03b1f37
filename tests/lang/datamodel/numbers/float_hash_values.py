# hash() of floats matches CPython, and equal numbers hash equal across types.
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -1.5, 0.1, 0.2, 3.14159, 1e10, 1e100, 1e-100,
          2.0**61, 2.0**62, 2.0**70, -2.5e-7, 123456.789, float('inf'), float('-inf')]:
    print(repr(x), hash(x))
print(hash(1.0) == hash(1) == hash(True), hash(0.0) == hash(0) == hash(False))
print(hash(2.0**100) == hash(2**100), hash(-3.0) == hash(-3))
print(hash(1e300) == hash(int(1e300)))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
s = {0, 0.0, False, 1, 1.0, True, 2}
print(s, len(s))
