# A 2D/3D vector class: arithmetic, comparison, hashing, iteration, formatting.
import math
class Vector:
    def __init__(self, *coords):
        self.coords = tuple(coords)
    def __repr__(self):
        return 'Vector' + repr(self.coords)
    def __str__(self):
        return '(' + ', '.join(f'{c:g}' for c in self.coords) + ')'
    def __len__(self):
        return len(self.coords)
    def __iter__(self):
        return iter(self.coords)
    def __getitem__(self, i):
        return self.coords[i]
    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o):
        return Vector(*(a - b for a, b in zip(self, o)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(*(a / k for a in self))
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return math.sqrt(self * self)
    def __eq__(self, o):
        return isinstance(o, Vector) and self.coords == o.coords
    def __hash__(self):
        return hash(self.coords)
    def __bool__(self):
        return any(self.coords)
    def __format__(self, spec):
        return '<' + ', '.join(format(c, spec) for c in self.coords) + '>'
v, w = Vector(3, 4), Vector(1, 2)
print(v + w, v - w, v * 2, 2 * v, v * w, v / 2, -v, abs(v))
print(repr(v), len(v), v[0], list(w), v == Vector(3, 4), v != w, bool(Vector(0, 0)))
print({v: 'v'}[Vector(3, 4)], f'{v:.2f}', format(w, '>4'))
print(sum([v, w], Vector(0, 0)), Vector(1, 2, 3) + Vector(1, 1, 1))
print(sorted([Vector(2, 2), Vector(1, 0)], key=abs))
