# Negative ints hash to themselves, except -1 which hashes to -2.
print({-1, -2, -3, -100, 7})
a = -1
print({a, -2, -3, -100, 7})
print({-5, -4, -3, -2, -1, 0, 1, 2, 3})
s = set()
for x in range(-20, 20, 3):
    s.add(x)
print(s)
s = set()
for x in [-1, -2]:
    s.add(x)
print(s)
s = set()
for x in [-2, -1]:
    s.add(x)
print(s)
print({-8, -16, -24, 8, 16, 24})
print({x - 50 for x in range(0, 100, 7)})
print(set([-1000, 1000, -999, 999, 0]))
print(hash(-1), hash(-2), -1 in {-2}, -2 in {-1})
