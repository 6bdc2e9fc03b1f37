# __format__ with format(), f-strings and str.format.
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'eur':
            return f'{self.v:.2f} EUR'
        return format(self.v, spec)
m = Money(3.5)
print(format(m, 'eur'), f'{m:eur}', f'{m:>8}', '{:eur}'.format(m), format(m))
class Plain:
    pass
print(format(Plain(), '').startswith('<__main__.Plain'))
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError:', e)
class Bad:
    def __format__(self, spec):
        return 1
try:
    f'{Bad()}'
except TypeError as e:
    print('TypeError:', e)
