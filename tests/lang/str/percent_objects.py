# %-formatting with user objects: __str__, __repr__, __int__/__index__, __float__
class Money:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return '€%.2f' % self.v
    def __repr__(self):
        return 'Money(%r)' % self.v
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
m = Money(12.5)
print('%s | %r | %a | %10s | %-12r|' % (m, m, m, m, m))
print('%d %x %f %.1e %5.1f' % (m, m, m, m, m))
print('%s' % (m,), '%s and %s' % (m, [m]), '%c' % Money(65))
class NoNum:
    pass
for f in [lambda: '%d' % NoNum(), lambda: '%f' % NoNum(), lambda: '%x' % NoNum()]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, str(e).replace('__main__.', ''))
