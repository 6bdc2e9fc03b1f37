# Unpacking assignment: every shape, and the ValueError/TypeError messages.
a, b = 1, 2
(c, d), e = [3, 4], 5
[f, *g], h = 'xyz', 0
print(a, b, c, d, e, f, g, h)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
a, *b, c = range(5)
*d, = 'ab'
print(a, b, c, d)
def show(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = (1, 2)
def empty():
    a, = []
def star_short():
    a, b, *c = [1]
def not_iter():
    a, b = 5
def none_iter():
    a, b = None
def str_many():
    a, b = 'abc'
def dict_unpack():
    a, b = {'x': 1, 'y': 2}
    print(a, b)
for fn in (too_many, too_few, empty, star_short, not_iter, none_iter, str_many, dict_unpack):
    show(fn)
