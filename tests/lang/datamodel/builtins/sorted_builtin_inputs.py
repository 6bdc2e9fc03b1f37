# sorted() of every iterable type returns a new list; the input is never modified.
src = [3, 1, 2]
out = sorted(src)
print(out, src, out is src, sorted(tuple(src)), sorted('cab'), sorted({3: 0, 1: 0}), sorted({5, 2, 9}))
print(sorted(range(5, 0, -2)), sorted(b'zay'), sorted(frozenset([2, 1])), sorted(x % 4 for x in range(9)))
print(sorted([]), sorted(''), sorted([[2], [1, 5], [1]]), sorted([(1, 'b'), (1, 'a')]))
print(sorted(map(abs, [-3, 2, -1])), sorted(zip([2, 1], 'ab')), sorted(enumerate('ba'), key=lambda p: p[1]))
print(sorted(['10', '9', '100']), sorted(['10', '9', '100'], key=int), sorted([-1, 1, -2, 2], key=abs))
