# del on list items and slices.
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[:]
print(a, len(a))
b = ['a', 'b', 'c']
i = 1
del b[i]
print(b)
c = [[1, 2], [3, 4]]
del c[0][1]
print(c)
d = [1, 2, 3]
del d[0], d[0]
print(d)
