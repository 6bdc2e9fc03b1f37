# Shapes: an abstract base with NotImplementedError, polymorphism, sorting by area.
import math
class Shape:
    name = 'shape'
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must define area')
    def perimeter(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f'{self.name}(area={self.area():.2f})'
class Circle(Shape):
    name = 'circle'
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
class Rect(Shape):
    name = 'rect'
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    name = 'square'
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in sorted(shapes):
    print(s, round(s.perimeter(), 3))
print(max(shapes), min(shapes))
print(sum(s.area() for s in shapes) > 10)
try:
    Shape().area()
except NotImplementedError as e:
    print('NotImplementedError:', e)
print([isinstance(s, Rect) for s in shapes])
