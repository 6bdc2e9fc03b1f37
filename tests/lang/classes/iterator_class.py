# Iterators written as classes: __iter__/__next__, StopIteration, reuse, errors.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)
c = Countdown(3)
print(list(c), list(c))
r = Range2(3)
print(list(r), list(r), sum(r), sorted(r))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
for a, b in zip(Countdown(3), Range2(5)):
    print(a, b, end='; ')
print()
print(dict(zip(Range2(2), 'ab')), set(Countdown(3)) == {1, 2, 3}, tuple(Countdown(2)))
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
class NotIter:
    __iter__ = None
try:
    for x in NotIter():
        pass
except TypeError as e:
    print('TypeError:', e)
x, y, z = Countdown(3)
print(x, y, z, [*Countdown(2)], max(Countdown(4)))
