# enumerate(start=), zip of several and uneven iterables, zip(strict=True) errors.
print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate([], start=5)))
print(list(enumerate(range(3), start=-1)), list(enumerate('ab', start=2**70)))
e = enumerate(['x', 'y'])
print(next(e), next(e), next(e, 'done'), type(e).__name__)
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2])), list(zip(range(3), 'xyz', (True, False, None))))
print(dict(zip('ab', range(2))), list(zip(*[(1, 'a'), (2, 'b')])), list(zip('ab', 'cd', strict=True)))
for args in [('ab', 'abc'), ('abc', 'ab'), ('a', 'a', 'ab'), ('ab', 'ab', 'a')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
for f in [lambda: enumerate(5), lambda: zip(5), lambda: enumerate('a', 'b'),
          lambda: zip('a', strict=1, extra=2), lambda: enumerate()]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
rows = [[1, 2, 3], [4, 5, 6]]
print([list(c) for c in zip(*rows)], [a + b for a, b in zip(*rows)])
