# append, extend, insert, and += on lists.
a = []
for i in range(5):
    a.append(i * i)
print(a)
a.extend([100, 200])
print(a)
a.extend('xy')
print(a)
a.extend(range(3))
print(a, len(a))
b = [1, 2, 3]
b.insert(0, 'first')
b.insert(2, 'mid')
b.insert(100, 'end')
b.insert(-1, 'before-end')
b.insert(-100, 'very-first')
print(b)
c = [1]
c += [2, 3]
c += (4,)
print(c)
d = c
d += [5]
print(c is d, c)
e = c + [6]
print(c, e, e is c)
nested = []
nested.append(nested[:])
nested.append([1])
print(nested)
print(a.append(1), b.insert(0, 0))
