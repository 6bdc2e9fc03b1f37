# Unpacking assignment from tuples, lists, strings and ranges.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
p, q = 'hi'
print(p, q)
r, s, t = range(3)
print(r, s, t)
(m, n) = (5, 6)
[o, k] = [7, 8]
print(m, n, o, k)
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
for num, name in pairs:
    print(num, name)
for i, (left, right) in enumerate([('a', 'b'), ('c', 'd')]):
    print(i, left, right)
def divmod_like(a, b):
    return a // b, a % b
qq, rr = divmod_like(17, 5)
print(qq, rr)
first, second = divmod_like(-17, 5)
print(first, second)
t = 1, 2
u, = [9]
print(t, u)
