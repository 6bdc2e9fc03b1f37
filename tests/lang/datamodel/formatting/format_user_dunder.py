# __format__, __str__ and __repr__ of user classes, through f-strings, format(), str.format and %.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        value = f'${self.cents // 100}.{self.cents % 100:02d}'
        return format(value, spec) if spec else value
    def __str__(self):
        return f'Money({self.cents})'
    def __repr__(self):
        return f'<Money {self.cents}>'
m = Money(12345)
print(f'{m}', f'{m:>12}', f'{m!s}', f'{m!r}', format(m), format(m, '*<12'))
print('{} {!r} {:^14}'.format(m, m, m), '%s %r' % (m, m), str(m), repr(m), [m])
class Plain:
    pass
try:
    format(Plain(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(type(format(Plain(), '')).__name__, format(Plain(), '').startswith('<__main__.Plain object'))
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f'{BadFormat()}'
except TypeError as e:
    print(type(e).__name__, e)
class Num(int):
    pass
print(f'{Num(5):03d}', format(Num(255), 'x'), f'{True:d}', f'{True}', f'{False:>5}')
