# sort and reverse in place; sorted returns a new list.
a = [5, 2, 9, 1, 5, 6, -3, 0]
b = sorted(a)
print(a, b)
a.sort()
print(a)
a.reverse()
print(a)
print(a.sort(), a.reverse(), a)
c = [3.5, -1, 2, 2.25, 0]
c.sort()
print(c)
d = [2 ** 70, 5, -(2 ** 65), 0]
d.sort()
print(d)
e = []
e.sort()
e.reverse()
print(e, sorted([]), sorted([1]))
f = ['pear', 'apple', 'fig', 'Banana']
f.sort()
print(f)
g = [[2, 1], [1, 2], [1, 1]]
g.sort()
print(g)
print(sorted(range(5, 0, -1)), sorted((3, 1, 2)))
h = [1, 2, 3, 4, 5]
h.reverse()
print(h, h[::-1])
