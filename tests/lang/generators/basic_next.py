# Generator basics: calling returns a generator, next() runs to each yield.
def count_up(n):
    print('start')
    i = 0
    while i < n:
        yield i
        i += 1
    print('done')

g = count_up(3)
print(type(g).__name__, type(g) is type(count_up(0)))
print(repr(g).startswith('<generator object count_up at 0x'))
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.args, e.value)
try:
    next(g)
except StopIteration as e:
    print('again', e.args)
print(list(count_up(4)))
print(sum(count_up(10)))
print(next(count_up(0), 'default'))
g = count_up(2)
print(iter(g) is g, g.__iter__() is g)
print(g.__next__(), g.__next__())
print(next(g, 'end'))
def empty():
    return
    yield
print(list(empty()))
def only_return():
    if False:
        yield 1
    return 42
try:
    next(only_return())
except StopIteration as e:
    print('value', e.value)
