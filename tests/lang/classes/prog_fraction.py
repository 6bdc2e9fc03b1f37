# A Fraction class: normalisation, arithmetic with ints, comparison, hashing.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError('Fraction(%d, 0)' % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(o):
        return o if isinstance(o, Fraction) else Fraction(o) if isinstance(o, int) else None
    def __add__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self + Fraction(-o.num, o.den)
    def __rsub__(self, o):
        return Fraction(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Fraction(self.num * o.den, self.den * o.num)
    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)
    def __float__(self):
        return self.num / self.den
    def __repr__(self):
        return f'{self.num}/{self.den}' if self.den != 1 else str(self.num)
h = Fraction(1, 2)
t = Fraction(1, 3)
print(h + t, h - t, h * t, h / t, 1 - h, 2 * t, h + 1, t * 3)
print(h == Fraction(2, 4), h == 0.5, Fraction(4, 2) == 2, h < t, sorted([h, t, Fraction(1, 4)]))
print(float(t), {Fraction(2, 1): 'two'}[2], sum([h, t, Fraction(1, 6)]), Fraction(3, -6))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    h + 'x'
except TypeError as e:
    print('TypeError:', e)
