# sort/sorted keyword handling, enumerate's argument forms, tuple/list.index bounds, reversed(list).
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0), sorted('bca', key=None))
a = [3, 1, 2]
a.sort(reverse=True)
print(a, list(enumerate('ab', 5)), list(enumerate('ab', start=-1)), list(enumerate(iterable='xy')))
print(list(enumerate(start=2, iterable='q')), list(enumerate(iterable='q', start=True)))
t = (1, 2, 3, 2, 1)
print(t.index(2, 2), t.index(1, -1), t.index(2, -10**30, 10**30), [1, 2, 1].index(1, 1, 3))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(reversed([])), type(reversed((1,))).__name__)
for f in [lambda: sorted([1], reverse=1.5), lambda: sorted([1], reverse=2**70), lambda: [].sort(1),
          lambda: sorted(5, x=1), lambda: sorted([1], key=None, reverse=False, cmp=3),
          lambda: enumerate('a', 1.5), lambda: enumerate('a', start='s'), lambda: enumerate(5, start=1.0),
          lambda: enumerate(x=1), lambda: enumerate('a', 1, 2), lambda: enumerate('a', begin=1),
          lambda: t.index(2, 'a'), lambda: t.index(9, 0, 2), lambda: t.index(), lambda: [].index(1, None),
          lambda: zip('ab', 'a', strict=True).__next__() and list(zip('ab', 'a', strict=True)),
          lambda: list(zip('a', 'a', 'ab', strict=True)), lambda: list(zip('ab', 'ab', 'a', strict=True))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
