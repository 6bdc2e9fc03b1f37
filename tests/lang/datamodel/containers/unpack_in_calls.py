# * and ** in calls: several of each, mixing with positional/keyword, and their errors.
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(f(*[1]), f(*[1, 2, 3, 4]), f(*(1,), *(2,), *[5]))
print(f(1, **{'c': 9}), f(**{'a': 1, 'b': 2}), f(**{'a': 0}, **{'z': 1}))
print(f(*range(2), 7, *'xy', c=0, **{'q': 1}, r=2))
def g(x, y, z):
    return x * 100 + y * 10 + z
print(g(*[1, 2], 3), g(1, *[2, 3]), g(**{'z': 3, 'y': 2, 'x': 1}), g(1, **{'z': 3}, y=2))
def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: g(*[1, 2]))
show(lambda: g(*[1, 2, 3, 4]))
show(lambda: g(1, **{'x': 1, 'y': 2, 'z': 3}))
show(lambda: f(**{'a': 1}, **{'a': 2}))
show(lambda: g(**{'w': 1}, x=1, y=2, z=3))
show(lambda: g(*5))
show(lambda: g(**[1]))
show(lambda: f(1, **{1: 2}))
show(lambda: print(*[1, 2], **{'sep': '+', 'end': '!\n'}))
