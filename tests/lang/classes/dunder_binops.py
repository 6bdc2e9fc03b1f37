# Every binary operator dunder, with the reflected forms.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'N({self.v})'
names = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul']
def make(name):
    def fwd(self, o):
        return f'{self!r}.__{name}__({o!r})'
    def rev(self, o):
        return f'{self!r}.__r{name}__({o!r})'
    return fwd, rev
for name in names:
    fwd, rev = make(name)
    setattr(N, f'__{name}__', fwd)
    setattr(N, f'__r{name}__', rev)
a = N(1)
print(a + 2, 2 + a)
print(a - 2, 2 - a)
print(a * 2, 2 * a)
print(a / 2, 2 / a)
print(a // 2, 2 // a)
print(a % 2, 2 % a)
print(a ** 2, 2 ** a)
print(a << 2, 2 << a)
print(a >> 2, 2 >> a)
print(a & 2, 2 & a)
print(a | 2, 2 | a)
print(a ^ 2, 2 ^ a)
print(a @ 2, 2 @ a)
print(a + N(2))
print(divmod(7, 2), pow(2, 5))
