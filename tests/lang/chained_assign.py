# Chained assignment binds every target to the same object.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p = q = 'same'
q = 'other'
print(p, q)
i = j = 0
i += 1
print(i, j)
lst = [0, 0, 0]
lst[0] = lst[2] = 'end'
print(lst)
m, n = k = 1, 2
print(m, n, k)
d = {}
d['a'] = d['b'] = [1]
d['a'].append(2)
print(d)
