# Big ints, floats and mixed numbers: their hashes (mod 2**61-1) set the order.
m = 2 ** 61 - 1
print({m, m + 1, m - 1, 2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64})
print({-m, -(m + 1), -(2 ** 64), 2 ** 100, -(2 ** 100)})
print({10 ** 20, 10 ** 21, 10 ** 22, 10 ** 30, 3, 4})
print({0.5, 1.5, 2.25, 3.0, -0.5, 1e100, 1e-100})
print({1, 1.0, 2, 2.5, 3, 3.5})
print({0.1, 0.2, 0.3, 0.7, 0.9})
print({True, 2, 3.0, False})
s = set()
for i in range(1, 30):
    s.add(2 ** i * 3 + 0.5)
print(s)
s = set()
for i in range(40):
    s.add((i * 1000003) ** 3)
print(s)
print(hash(2 ** 61), hash(2 ** 61 - 1), hash(-(2 ** 61)), hash(1.5), hash(-0.5))
