# f-string conversions !r !s !a combined with format specs.
name = 'Zoë'
n = 42
items = ['a', 1]
print(f'{name}|{name!r}|{name!s}|{name!a}')
print(f'{n!r}|{n!s:>5}|{name!r:>8}|{name!a:_<10}|{items!r}|{items!s:^12}|')
print(f'{3.0!r} {None!r} {True!s} {b"x"!r}')
print(f'{"tab	"!r} {"nl"!a} {"é"!a} {1.5e300!s}')
class P:
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'
    def __format__(self, spec):
        return f'P[{spec}]'
p = P()
print(f'{p} {p!r} {p!s} {p:xyz} {p!r:>6} {p!s:*^9}')
