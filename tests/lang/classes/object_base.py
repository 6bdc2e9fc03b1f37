# object itself: its methods used directly and via super().
o = object()
print(type(o).__name__, o == o, o != object(), hash(o) == hash(o), str(o) == repr(o))
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    object(1)
except TypeError as e:
    print('TypeError:', e)
class A:
    def __repr__(self):
        return 'A!'
    def __eq__(self, other):
        return object.__eq__(self, other)
a = A()
print(object.__repr__(a).startswith('<__main__.A object at'), repr(a), str(a))
print(a == a, a == A(), object.__eq__(a, 1), object.__ne__(a, a))
print(object.__str__(a), object.__hash__(a) == object.__hash__(a), A.__hash__)
class B:
    pass
b = B()
object.__setattr__(b, 'v', 5)
print(b.v, object.__getattribute__(b, 'v'))
object.__delattr__(b, 'v')
print(hasattr(b, 'v'))
print(object.__format__(b, '') == str(b))
