# * and ** unpacking inside list, tuple, set and dict displays.
a = [1, 2]
b = (3, 4)
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print([*a, *b, *range(2), *'hi'], (*a, *b), (*a,), [*[], *()], {*a, *b, *a})
print({**d1, **d2}, {**d2, **d1}, {**d1, 'y': 0}, {'y': 0, **d1}, {**{}, **d1, 'w': 9})
print([0, *a, 5, *b, 6], (*range(3), *[None]), {*range(5), *range(3, 8)})
first, *mid, last = [*a, *b, 5]
print(first, mid, last)
*init, tail = 'abc'
print(init, tail)
print([*{3: 'c', 1: 'a'}], [*d1.items()], {**dict(zip('ab', [1, 2]))})
print(*a, *b, sep='-')
nested = [[*x, 0] for x in [a, b]]
print(nested, [*map(abs, [-1, -2])], (*filter(None, [0, 1, 2]),))
try:
    print([*5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({**[1]})
except TypeError as e:
    print(type(e).__name__, e)
