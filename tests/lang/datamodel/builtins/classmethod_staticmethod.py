# classmethod and staticmethod: called on the class, on instances, and on subclasses.
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @classmethod
    def make(cls, name):
        return cls(name)
    @staticmethod
    def area_of_square(side):
        return side * side
    @classmethod
    def kind(cls):
        return cls.__name__
    def describe(self):
        return f'{self.kind()} {self.name} {self.area_of_square(2)}'
class Square(Shape):
    pass
s = Shape.make('s1')
q = Square.make('q1')
print(type(s).__name__, type(q).__name__, Shape.count, Square.count)
print(Shape.area_of_square(3), s.area_of_square(4), Square.area_of_square(5))
print(Shape.kind(), Square.kind(), q.kind(), s.describe(), q.describe())
def plain(x):
    return x + 1
sm = staticmethod(plain)
cm = classmethod(lambda cls: cls.__name__)
class T:
    f = sm
    g = cm
print(T.f(1), T().f(2), T.g(), T().g(), type(sm).__name__, type(cm).__name__)
