# List indexing and slicing, and slice results being new lists.
a = [10, 20, 30, 40, 50, 60]
print(a[0], a[3], a[-1], a[-6], a[len(a) - 2])
print(a[1:3], a[:2], a[4:], a[:], a[-2:], a[:-2], a[10:], a[2:1])
b = a[:]
b[0] = 99
print(a[0], b[0], a == b, a is b)
a[1] = 'twenty'
print(a)
a[-1] = a[0] + a[2]
print(a)
c = a[1:4]
c.append('new')
print(len(a), len(c), c)
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1], m[0][1:])
m[0][1] = m[1]
print(m)
print([1, 2, 3][1], [1, 2, 3][-1:], 'abc'[1:][0])
