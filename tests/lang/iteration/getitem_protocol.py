# The old sequence protocol: __getitem__ with 0, 1, 2... until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

s = Squares(5)
print(list(s))
print(type(iter(s)).__name__)
for x in Squares(3):
    print('x', x)
print(4 in Squares(3), 9 in Squares(3))
a, b = Squares(2)
print(a, b)
it = iter(Squares(2))
print(next(it), next(it), next(it, 'end'), next(it, 'still end'))
print(sorted(Squares(4), reverse=True))

class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stops()))

class Fails:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Fails())
except KeyError as e:
    print('KeyError', e)

class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print('TypeError:', e)
class NoneIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoneIter())
except TypeError as e:
    print('TypeError:', e)
