# str.format / format() calling __format__, __str__ and __repr__ of user objects
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + '°F'
        return format(self.c, spec) + '°C'
    def __repr__(self):
        return 'Temp(%s)' % self.c
    def __str__(self):
        return 'T=%s' % self.c
t = Temp(21.5)
print('{}|{:.1f}|{:.0F}|{!r}|{!s}|{!s:>8}|'.format(t, t, t, t, t, t))
print(format(t, '8.2f'), f'{t:.1F} {t!r}')
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad(), '')
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    '{:>5}'.format(Plain())
except TypeError as e:
    print(type(e).__name__, e)
print('{!s:^9}|'.format(None), '{:>4}|{:<6}|'.format(True, None.__class__.__name__))
