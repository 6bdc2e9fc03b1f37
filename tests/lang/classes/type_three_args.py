# type(name, bases, dict) builds classes at run time.
def greet(self):
    return 'hi from ' + type(self).__name__
Base = type('Base', (), {'greet': greet, 'x': 1})
Child = type('Child', (Base,), {'y': 2, '__repr__': lambda self: 'Child()'})
c = Child()
print(Base, Child, c, c.greet(), c.x, c.y)
print(Child.__mro__, Child.__bases__, Base.__bases__)
print(type(c) is Child, isinstance(c, Base), type(Child))
print(type(1), type('s'), type([]), type(None).__name__, type(type))
for args in [(), ('a', 'b'), ('N', 1, {}), ('N', (), 1), ('N', (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    type('B', (bool,), {})
except TypeError as e:
    print('TypeError:', e)
Empty = type('Empty', (object,), {})
print(Empty.__name__, Empty.__module__, repr(Empty()).startswith('<__main__.Empty object'))
