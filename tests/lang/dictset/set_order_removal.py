# Deleted entries become dummies; re-adding may reuse them.
s = {1, 9, 17, 25, 33}
s.remove(9)
print(s)
s.add(41)
print(s)
s.add(9)
print(s)
s = set(range(10))
for x in [2, 4, 6, 8]:
    s.discard(x)
print(s)
for x in [8, 6, 4, 2, 100, 108]:
    s.add(x)
print(s)
s = set()
for i in range(50):
    s.add(i * 3)
for i in range(0, 50, 2):
    s.discard(i * 3)
print(s)
for i in range(100, 130):
    s.add(i)
print(s)
s = set(range(32))
for i in range(30):
    s.remove(i)
print(s)
s.add(64)
s.add(96)
print(s)
s = set(range(40))
s.difference_update(range(0, 40, 3))
print(s)
s.difference_update(range(0, 40, 2))
print(s)
