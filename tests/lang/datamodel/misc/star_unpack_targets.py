# Starred assignment targets in every position, nested, in for loops, with strings and ranges.
a, *b = range(5)
*c, d = 'hello'
e, *f, g = [1, 2]
(h, *i), j = ('xyz', 'w')
print(a, b, c, d, e, f, g, h, i, j)
for first, *rest in [(1, 2, 3), (4,), 'ab']:
    print(first, rest)
head, *_, tail = range(100)
print(head, tail, len(_))
[k, *l] = {3: 'x', 1: 'y'}
print(k, l)
m, (n, *o), *p = 1, (2, 3, 4), 5, 6
print(m, n, o, p)
try:
    x, *y, z = [1]
except ValueError as err:
    print(type(err).__name__, err)
