# super(): zero-argument and explicit forms, cooperative multiple inheritance.
class Base:
    def __init__(self):
        self.log = ['Base']
    def hello(self):
        return 'base'
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Left')
    def hello(self):
        return 'left>' + super().hello()
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Right')
    def hello(self):
        return 'right>' + super().hello()
class Both(Left, Right):
    def __init__(self):
        super(Both, self).__init__()
        self.log.append('Both')
    def hello(self):
        return 'both>' + super().hello()
b = Both()
print(b.log, b.hello(), [c.__name__ for c in Both.__mro__])
print(super(Left, b).hello(), super(Right, b).hello())
class Num(int):
    def __add__(self, other):
        return Num(super().__add__(other) * 10)
print(Num(2) + 3, type(Num(2) + 3).__name__)
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D()
d['a'] = 5
print(d, isinstance(d, dict))
