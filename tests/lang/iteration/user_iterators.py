# Iterator classes: __iter__/__next__, StopIteration ends the loop, and its value.
class Counter:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration('counter done')
        self.n += 1
        return self.n

print(list(Counter(3)))
c = Counter(2)
print(next(c), next(c), next(c, 'default'))
try:
    next(c)
except StopIteration as e:
    print('StopIteration', e.value)
for x in Counter(2):
    print('loop', x)
print(sum(Counter(100)))
print([x * 2 for x in Counter(3)])
print(dict(zip('abc', Counter(3))))

def delegate():
    result = yield from Counter(2)
    print('yield from result:', result)
print(list(delegate()))

class Iterable:
    def __iter__(self):
        return iter([1, 2, 3])
print(list(Iterable()), max(Iterable()))

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print('TypeError:', e)

class Hinted:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        return 5
print(list(Hinted()))
