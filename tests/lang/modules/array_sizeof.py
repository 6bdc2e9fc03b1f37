# array: __sizeof__ is the object plus the allocated items (grown as CPython's array_resize)
from array import array
empty = array('i').__sizeof__()
for code, n in [('b', 1), ('i', 1), ('i', 100), ('d', 1000), ('q', 17)]:
    a = array(code, range(n))
    print(code, n, a.__sizeof__() - empty >= n * a.itemsize, a.__sizeof__() - empty <= n * a.itemsize * 2 + 64)
print(array('i', range(100)).__sizeof__() - empty == 102 * 4)
print(array('i', [1]).__sizeof__() - empty == 4)
big = array('i', range(10**6))
print(big.__sizeof__() < 4.1 * 10**6, big.__sizeof__() > 4 * 10**6)
a = array('d')
for i in range(20):
    a.append(i)
print(a.__sizeof__() - empty)
del a[:]
print(a.__sizeof__() == empty)
