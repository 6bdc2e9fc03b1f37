# A shape hierarchy: abstract methods via NotImplementedError, polymorphism, sorting by area.
class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__}.area')
    def perimeter(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f'{type(self).__name__}({", ".join(f"{k}={v}" for k, v in vars(self).items())})'
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
class Circle(Shape):
    PI = 3.141592653589793
    def __init__(self, r):
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r
class Blob(Shape):
    pass
shapes = [Rect(3, 4), Square(2.5), Circle(1), Circle(2), Rect(1, 10)]
for s in sorted(shapes):
    print(f'{s!r:<28} area={s.area():8.3f} perimeter={s.perimeter():7.3f}')
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
print([type(s).__name__ for s in shapes if isinstance(s, Rect)], issubclass(Square, Shape))
total = sum(s.area() for s in shapes)
print(f'total area {total:.4f}, mean {total / len(shapes):.4f}')
for meth in ('area', 'perimeter'):
    try:
        getattr(Blob(), meth)()
    except NotImplementedError as e:
        print(type(e).__name__, repr(e), isinstance(e, RuntimeError))
try:
    sorted([Circle(1), 'circle'])
except TypeError as e:
    print(type(e).__name__, e)
