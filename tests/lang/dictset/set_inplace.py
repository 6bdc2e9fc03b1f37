a = {1, 2, 3}
a |= {3, 4}
print(a)
a &= {1, 2, 3, 10}
print(a)
a -= {1}
print(a)
a ^= {3, 5}
print(a)
a.update([10, 11], {12}, (13,))
print(a)
a.intersection_update([2, 5, 10, 11, 99], range(12))
print(a)
a.difference_update([5], {10})
print(a)
a.symmetric_difference_update([11, 20])
print(a)
a.symmetric_difference_update({11: 1, 30: 1})
print(a)
b = a
b |= {100}
print(a is b, a)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g)
try:
    a |= [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a &= [1]
except TypeError as e:
    print(type(e).__name__, e)
a.clear()
print(a, len(a))
