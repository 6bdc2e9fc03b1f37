# next(it, default) on every kind of iterator, and next() errors.
its = [iter([]), iter(()), iter(''), iter(range(0)), iter({}), iter(set()), iter({}.values()),
       iter({}.items()), (x for x in []), enumerate([]), zip(), map(str, []),
       filter(None, [])]
for it in its:
    print(type(it).__name__, next(it, 'default'))

it = iter([1, 2])
print(next(it), next(it, None), next(it, None), next(it, 'd'))
print(next(iter('xy'), 0))
print(next(iter({'k': 1}.items())))
print(next(reversed(range(3))))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    next(5, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', e.args)
try:
    next()
except TypeError as e:
    print('TypeError:', e)
def gen():
    yield 1
    return 'val'
g = gen()
print(next(g, 'd'), next(g, 'd'), next(g, 'd'))
