# Iteration order of small int sets: the hash table order, as CPython's.
print({5, 3, 100, 64})
print({1, 2, 3})
print({8, 16, 24, 0})
print({7, 15, 23, 31, 39})
print({100, 200, 300, 400, 500, 600})
s = set()
for x in [5, 3, 100, 64]:
    s.add(x)
print(s)
s = set()
for x in [64, 100, 3, 5, 9, 17, 33, 65, 129]:
    s.add(x)
    print(s)
print({x * 8 for x in range(10)})
print({x * 13 % 37 for x in range(30)})
print(set([33, 1, 65, 97, 129]))
print(set(range(20, 0, -1)))
a = 5
b = 13
print({a, b, a + 8, b + 8, 64})
print(list({9, 1, 17, 25, 8}))
print(sorted({9, 1, 17, 25, 8}))
for x in {40, 8, 72, 16}:
    print(x)
