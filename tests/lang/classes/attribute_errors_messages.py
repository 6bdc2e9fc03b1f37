# AttributeError messages for instances, classes, slots and builtins.
class Foo:
    cls = 1
    __slots__ = ()
class Bar:
    pass
tests = [
    lambda: Bar().x,
    lambda: Bar.x,
    lambda: Foo().y,
    lambda: setattr(Foo(), 'y', 1),
    lambda: setattr(Foo(), 'cls', 2),
    lambda: delattr(Bar(), 'x'),
    lambda: delattr(Bar, 'x'),
    lambda: (1).foo,
    lambda: setattr(1, 'foo', 2),
    lambda: setattr(int, 'foo', 2),
    lambda: object().foo,
]
for t in tests:
    try:
        t()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)
