# Names are references: aliasing, copies, identity.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b, a == b)
c = a[:]
c.append(5)
print(a, c, a is c, a == c)
d = list(a)
print(d == a, d is a)
def add(lst, x):
    lst.append(x)
add(a, 'from f')
print(a)
def rebind(lst):
    lst = [0]
    return lst
print(rebind(a), a)
outer = [[0]]
inner = outer[0]
inner.append(1)
print(outer)
x = [1]
y = [x, x]
x.append(2)
print(y)
m = [[]] * 2
m[1].append('shared')
print(m, m[0] is m[1])
