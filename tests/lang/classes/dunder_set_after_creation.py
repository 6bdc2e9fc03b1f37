# Assigning dunder methods to a class after it was created updates its behaviour,
# also in subclasses; deleting them restores the inherited one.
class A:
    pass
class B(A):
    pass
a, b = A(), B()
print(repr(a).startswith('<__main__.A'))
A.__repr__ = lambda self: 'A-repr'
print(repr(a), repr(b), str(b))
A.__len__ = lambda self: 7
print(len(a), len(b), bool(b))
A.__add__ = lambda self, o: 'added'
print(a + 1, b + 2)
A.__eq__ = lambda self, o: True
print(a == 5, b != 5)
B.__repr__ = lambda self: 'B-repr'
print(repr(a), repr(b))
del B.__repr__
print(repr(b))
del A.__len__
try:
    len(b)
except TypeError as e:
    print('TypeError:', e)
A.__call__ = lambda self, x: x * 2
print(a(21), b(1))
A.__getitem__ = lambda self, k: k
print(b['key'])
A.__iter__ = lambda self: iter([1, 2])
print(list(b))
A.__hash__ = lambda self: 42
print(hash(a), hash(b))
