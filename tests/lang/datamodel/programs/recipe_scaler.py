# A recipe scaler: fractions as integer pairs, unit conversion dicts, formatted shopping list.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
class Qty:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError('denominator is zero')
        g = gcd(abs(num), abs(den)) or 1
        self.num, self.den = num // g, den // g
    def __mul__(self, other):
        o = other if isinstance(other, Qty) else Qty(other)
        return Qty(self.num * o.num, self.den * o.den)
    def __add__(self, other):
        return Qty(self.num * other.den + other.num * self.den, self.den * other.den)
    def __eq__(self, other):
        return (self.num, self.den) == (other.num, other.den)
    def __float__(self):
        return self.num / self.den
    def __str__(self):
        whole, rest = divmod(self.num, self.den)
        if rest == 0:
            return str(whole)
        return f'{whole} {rest}/{self.den}' if whole else f'{rest}/{self.den}'
TO_ML = {'cup': 240, 'tbsp': 15, 'tsp': 5, 'ml': 1}
recipe = [('flour', Qty(9, 4), 'cup'), ('sugar', Qty(2, 3), 'cup'), ('salt', Qty(1, 2), 'tsp'),
          ('butter', Qty(3), 'tbsp'), ('vanilla', Qty(3, 2), 'tsp')]
for factor in [Qty(1), Qty(2), Qty(1, 3)]:
    print(f'--- x{factor} ---')
    for name, q, unit in recipe:
        scaled = q * factor
        ml = float(scaled) * TO_ML[unit]
        print(f'{name:<8} {str(scaled):>7} {unit:<4} ({ml:7.1f} ml)')
total = Qty(0)
for _, q, unit in recipe:
    total = total + q * Qty(TO_ML[unit])
print('total volume', total, 'ml =', f'{float(total) / 240:.3f} cups', Qty(2, 4) == Qty(1, 2))
try:
    Qty(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
