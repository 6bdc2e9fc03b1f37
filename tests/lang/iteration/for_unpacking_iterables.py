# for and unpacking work over any iterable.
for ch in 'abc':
    print(ch, end=' ')
print()
for k in {'x': 1, 'y': 2}:
    print(k, end=' ')
print()
for k, v in {'x': 1, 'y': 2}.items():
    print(k, v, end='; ')
print()
for n in sorted({3, 1, 2}):
    print(n, end=' ')
print()
for i, (a, b) in enumerate(zip('ab', range(2))):
    print(i, a, b)
for b in b'hi':
    print(b)
for x in range(3, 0, -1):
    print(x, end=' ')
print()
for x in reversed('abc'):
    print(x, end='')
print()
a, b = 'xy'
print(a, b)
a, b = {'k1': 1, 'k2': 2}
print(a, b)
(a, b), c = [(1, 2), 3]
print(a, b, c)
first, *rest = range(5)
print(first, rest)
*head, tail = 'hello'
print(head, tail)
a, *b = iter([1])
print(a, b)
x, y, z = map(int, '123')
print(x + y + z)
p, q = enumerate('ab')
print(p, q)
for (i, j), k in zip([(1, 2), (3, 4)], 'ab'):
    print(i, j, k)
try:
    a, b = 5
except TypeError as e:
    print('TypeError:', e)
try:
    for x in 3.5:
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    a, b = iter([1, 2, 3])
except ValueError as e:
    print('ValueError:', e)
