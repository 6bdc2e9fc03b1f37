# Subclasses of tuple and set.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(1, 2)
print(p, p.x, p.y, len(p), p + (3,), p == (1, 2), hash(p) == hash((1, 2)), list(p))
a, b = p
print(a, b, isinstance(p, tuple), type(p).__name__)
class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self
t = Tags([3])
t.add_all(1, 2)
print(sorted(t), type(t).__name__, isinstance(t, set), 2 in t, len(t))
class FS(frozenset):
    pass
print(sorted(FS([1, 2])), type(FS()).__name__)
