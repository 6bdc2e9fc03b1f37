# Subclasses of int, float and str keep their values and gain methods.
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
    def __repr__(self):
        return f'{float(self)}C'
t = Celsius(100)
print(t, t.to_f(), t + 1, type(t + 1).__name__, isinstance(t, float))
class Flags(int):
    def has(self, bit):
        return bool(self & bit)
f = Flags(5)
print(f, f.has(4), f.has(2), f + 1, type(f).__name__, type(f | 2).__name__, f == 5, hash(f) == hash(5))
class Tag(str):
    def wrap(self):
        return f'<{self}>'
s = Tag('b')
print(s, s.wrap(), s.upper(), type(s.upper()).__name__, s == 'b', {s: 1}['b'], len(Tag('abc')))
class Loud(str):
    def __str__(self):
        return self.upper()
print(Loud('hi'), repr(Loud('hi')), f'{Loud("x")}')
class Money(int):
    def __add__(self, o):
        return Money(int(self) + int(o))
    def __repr__(self):
        return f'${int(self)}'
print(Money(3) + Money(4), repr(Money(3) + 1), 1 + Money(2))
print(int(Flags(7)), str(Tag('q')), float(Celsius(1.5)))
