# Sequence comparisons: lexicographic, prefixes, nested, mixed numbers, == across types.
pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([], [0]), ([2], [1, 9]),
         ([1, [2, 3]], [1, [2, 4]]), ([1.0, 2], [1, 2.0]), ([True], [1]), (['a'], ['B'])]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
for x, y in [((1, 2), (1, 2)), ((1, 2), (1,)), ((), ()), ((0, 'a'), (0, 'b'))]:
    print(x, y, x == y, x < y, x >= y)
print([1, 2] == (1, 2), (1, 2) == [1, 2], [] == (), [1] != (1,), 'ab' == ['a', 'b'])
nan = float('nan')
l = [nan]
print(l == l, [nan] == [nan], l[0] == l[0], (nan,) == (nan,))
try:
    print([1, 'x'] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
print([1, 'x'] < [2, 3], [1, 'x'] == [1, 2])
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, 'b'), (2, 'a'), (3, '')]))
