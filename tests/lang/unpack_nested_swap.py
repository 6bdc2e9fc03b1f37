# Nested unpacking and rotations.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, [2, (3, 4)]
print(a, b, c, d)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
x, y = y, x + y
print(x, y)
fa, fb = 0, 1
for i in range(10):
    fa, fb = fb, fa + fb
print(fa, fb)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, 'set'
print(i, lst)
for (k, v), w in [((1, 2), 3), ((4, 5), 6)]:
    print(k, v, w)
[[p, q], r] = ['ab', 'c']
print(p, q, r)
