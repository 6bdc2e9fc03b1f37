# Starred assignment targets.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *rest = 'hello'
print(first, rest)
*init, last = (1,)
print(init, last)
x, (y, *z) = 1, (2, 3, 4)
print(x, y, z)
for head, *tail in [[1, 2, 3], [4], ['a', 'b']]:
    print(head, tail)
a, b, *c = 1, 2
print(a, b, c)
