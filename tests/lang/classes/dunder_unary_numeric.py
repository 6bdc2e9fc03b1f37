# Unary operators, abs, __index__, __int__, __float__, __bool__.
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(+self.v + 0)
    def __invert__(self):
        return Num(~self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v * 10
    def __float__(self):
        return self.v / 2
    def __repr__(self):
        return f'Num({self.v})'
n = Num(5)
print(-n, +n, ~n, abs(Num(-3)))
print(int(n), float(n), [0, 1, 2, 3, 4, 5, 6][n], bin(n), hex(n), 'abcdefg'[Num(1):Num(3)])
print(list(range(Num(3))), operator_index := n.__index__())
class Bad:
    def __index__(self):
        return 'no'
try:
    [1][Bad()]
except TypeError as e:
    print('TypeError:', e)
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
print(bool(T()), bool(L()), not T(), 'yes' if L() else 'no', bool(Num(0)))
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
