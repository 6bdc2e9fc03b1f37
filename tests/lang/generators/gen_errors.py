# Error messages around generators.
def gen():
    yield 1

g = gen()
tests = [
    lambda: g[0],
    lambda: len(g),
    lambda: g(),
    lambda: next(gen),
    lambda: iter(gen),
    lambda: g + 1,
    lambda: gen(1),
    lambda: g.nothing,
    lambda: [].extend(gen),
    lambda: g.send(),
    lambda: g.close(1),
    lambda: g.throw(1),
    lambda: g.throw(ValueError('x'), 'y'),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(bool(g), g == g, g != gen())
try:
    g.gi_frame = None
except AttributeError as e:
    print('AttributeError')
try:
    del g.gi_running
except AttributeError:
    print('AttributeError')
def needs(a, b=2, *, c):
    yield a, b, c
try:
    needs(1)
except TypeError as e:
    print('TypeError:', e)
print(next(needs(1, c=3)))
