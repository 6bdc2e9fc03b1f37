# object() and type(): names, bases, three-argument type(), type of types.
o = object()
print(type(o).__name__, type(object).__name__, type(type).__name__, isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
for v in [1, 1.5, 'a', b'b', [], (), {}, set(), frozenset(), None, True, range(1), len, type, object]:
    print(type(v).__name__, type(v) is v.__class__)
Point = type('Point', (), {'x': 0, 'describe': lambda self: f'<{self.x}>'})
p = Point()
p.x = 5
print(Point.__name__, p.describe(), type(p) is Point, Point.__bases__)
Sub = type('Sub', (Point,), {})
print(Sub.__name__, Sub().describe(), issubclass(Sub, Point), [c.__name__ for c in Sub.__mro__])
print(int.__mro__, bool.__mro__, KeyError.__mro__)
print(type(o) == object, object.__name__, o == o, o != object())
for f in [lambda: type(), lambda: type('A', (), 5), lambda: type(1, 2, 3), lambda: object(1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
