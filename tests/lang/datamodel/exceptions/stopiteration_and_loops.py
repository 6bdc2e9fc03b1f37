# StopIteration from next() ends loops only through the iterator protocol; raising it by hand.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.value)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
for x in Countdown(2):
    print('loop', x)
c = Countdown(1)
print(next(c), next(c, 'done'))
try:
    raise StopIteration('manual')
except StopIteration as e:
    print(e.args, e.value)
