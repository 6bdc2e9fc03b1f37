# tuple: count, index with bounds, concatenation, hashing, nesting and errors.
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, 1, 5))
print(t + (7,), t[1:4], t[::-1], len(t), 2 in t, 9 not in t, t * 0)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))), hash(()), hash((1,)), hash((-1, -2)))
print(hash((1.5, True, None is None)), hash((0, 0.0)) == hash((False, 0)))
print((), (1,), (1, 2), ((1,),), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
x, = (5,)
a, (b, c), *d = (1, (2, 3), 4, 5)
print(x, a, b, c, d)
for f in [lambda: t.index(9), lambda: t[10], lambda: t + [1], lambda: hash(([],)),
          lambda: t.count(), lambda: (1, 2) < (1, 'a')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def assign():
    t[0] = 5
try:
    assign()
except TypeError as e:
    print(type(e).__name__, e)
