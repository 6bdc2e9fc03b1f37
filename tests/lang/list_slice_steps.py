# Extended slices on lists, and slice assignment/deletion.
a = list(range(10))
print(a[::2], a[1::2], a[::-1], a[::-3], a[7:2:-2], a[2:7:-1])
print(a[-1:-5:-1], a[5::-2], a[:5:-2])
b = list(range(10))
b[2:5] = ['x', 'y']
print(b)
b[1:1] = [100, 200]
print(b)
b[:] = [1, 2, 3]
print(b)
c = list(range(8))
c[::2] = ['e', 'e', 'e', 'e']
print(c)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
e = [1, 2, 3, 4, 5]
e[1:4] = []
print(e)
f = [0, 1, 2, 3]
f[-1:] = [7, 8, 9]
print(f, len(f))
