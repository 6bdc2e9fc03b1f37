# enumerate and zip basics.
for i, ch in enumerate('abc'):
    print(i, ch)
for i, v in enumerate([10, 20, 30], 1):
    print(i, v)
print(list(enumerate(['x', 'y'])), list(enumerate([], 5)))
names = ['ann', 'bob', 'cy']
ages = [31, 25, 40]
for n, a in zip(names, ages):
    print(n, a)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])))
print(list(zip(range(3), range(10, 13), 'xyz')))
pairs = {}
for k, v in zip('abc', range(3)):
    pairs[k] = v
print(pairs)
for idx, (n, a) in enumerate(zip(names, ages)):
    print(idx, n, a)
total = 0
for a, b in zip([1, 2, 3], [4, 5, 6]):
    total += a * b
print(total)
print([i * v for i, v in enumerate([5, 5, 5])])
