# dict views: set operations on keys/items, dynamic updates, reversed, membership.
d = {1: 'a', 2: 'b', 3: 'c'}
e = {2: 'b', 3: 'x', 4: 'd'}
k = d.keys()
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()))
print(k & {1, 5}, k | [7], k - (1,), k.isdisjoint({9}), k.isdisjoint([1]))
print(k == {1, 2, 3}, k == {1, 2}, k <= {1, 2, 3, 4}, k < {1, 2, 3}, d.items() >= {(1, 'a')})
v = d.values()
i = d.items()
d[9] = 'z'
del d[1]
print(k, v, i, len(k), len(v), len(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(2 in k, 'b' in v, (2, 'b') in i, (2, 'x') in i, 'zz' in v)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(d.values() == d.values(), list(d.values()) == list(d.values()))
try:
    for key in d.keys():
        d[key * 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(dict(zip(d.keys(), d.values())) == d, list(iter(i)))
