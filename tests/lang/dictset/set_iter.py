s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(s)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(s)
s = {1, 2, 3}
for x in s:
    s.discard(x)
    s.add(x)
print(s)
it = iter({4, 5, 6})
print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
print(type(iter(set())).__name__)
s = set(range(5))
t = set(s)
u = s.copy()
print(t, u, t == s, t is s)
f = frozenset(s)
print(frozenset(f) is f, f.copy() is f, set(f) is f)
print(repr(set()), repr(frozenset()), repr({0}), repr(frozenset({0})))
print(len({1, 2, 2, 3}), bool(set()), bool({0}))
print(list(reversed(sorted({3, 1, 2}))))
