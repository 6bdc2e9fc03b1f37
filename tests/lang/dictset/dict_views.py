d = {1: 'a', 2: 'b', 3: 'c'}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 2 in k, 'b' in v, (2, 'b') in i, (2, 'x') in i, 5 in k)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
d[4] = 'd'
print(k, v, i)
print(k & {1, 2, 9}, k | {9}, k - {1}, k ^ {1, 9})
print({1, 9} & k, {9} | k, {1, 9} - k, {1, 9} ^ k)
print([1, 2, 7] - k, k - [1, 2, 7])
print(sorted(i & {(1, 'a'), (2, 'z')}), sorted(i - {(1, 'a')}), sorted(i | {(0, 'z')}))
print(sorted(i ^ {5: 'e', 1: 'a'}.items()))
print(k == {1, 2, 3, 4}, k != {1}, k < {1, 2, 3, 4, 5}, k >= {1}, k == [1, 2, 3, 4])
print(i == {(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')})
print(k.isdisjoint([7, 8]), k.isdisjoint({1}), i.isdisjoint([(1, 'a')]))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(d)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
try:
    print(v | {1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] in k)
except TypeError as e:
    print(type(e).__name__, e)
print([] in v)
print({}.keys(), {}.values(), {}.items())
print(v == v, v == d.values())
