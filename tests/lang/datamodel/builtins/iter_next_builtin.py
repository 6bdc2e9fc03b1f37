# iter() (one and two arguments), next() with default, StopIteration, exhausted iterators.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'dflt'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
data = [5, 4, 3, 0, 9]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
s = iter('ab')
print(iter(s) is s, list(s), list(s))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d))
print(list(iter(range(3))), list(iter((1, 2))), next(iter({7})), next(iter(b'AB')))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
for f in [lambda: iter(5), lambda: next([1]), lambda: iter(5, 6), lambda: next(iter([]))]:
    try:
        f()
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
