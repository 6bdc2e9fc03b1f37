# * repetition: zero and negative counts, aliasing of nested lists, big counts, *=.
print([1, 2] * 3, 3 * [0], [1] * 0, [1] * -5, (1,) * 4, 'ab' * 3, -1 * 'x', b'xy' * 2)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[2])
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, 2]
b = a
a *= 2
print(a, b, a is b)
t = (1, 2)
u = t
t *= 2
print(t, u, t is u)
print(len([None] * 100000), len('ab' * 50000), True * [7], [7] * False)
print(range(3)[0:0], list(range(2)) * 2, bytearray(b'-') * 5)
for bad in [lambda: [1] * 1.5, lambda: 'a' * 'b', lambda: (1,) * None]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
