# Instance attributes vs class attributes: lookup order, shadowing, deletion.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
q = Point(3, 4)
print(p.x, p.y, q.x, q.y, p.dims, Point.dims)
p.dims = 3
print(p.dims, q.dims, Point.dims)
del p.dims
print(p.dims)
Point.dims = 5
print(p.dims, q.dims)
p.z = 10
print(p.z, hasattr(q, 'z'))
try:
    q.z
except AttributeError as e:
    print('AttributeError:', e)
try:
    del q.nothing
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.dims
except AttributeError as e:
    print('AttributeError:', e)
print(sorted(vars(p).items()))
print(getattr(p, 'x'), getattr(p, 'nope', 'default'))
setattr(p, 'w', 7)
print(p.w)
delattr(p, 'w')
print(hasattr(p, 'w'))
