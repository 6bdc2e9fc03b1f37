# Conversions between list, tuple, set, dict and strings; equality rules between them.
l = [3, 1, 2, 3]
t = tuple(l)
s = set(l)
print(t, list(t) == l, tuple(s), sorted(s), list(reversed(t)), tuple(sorted(l)) < t)
print(list('abc') == ['a', 'b', 'c'], tuple('ab') == ('a', 'b'), ''.join(('x', 'y')), list(map(str, t)))
print(dict([(1, 2)]) == {1: 2}, list({1: 2}) == [1], set([1, 1]) == {1}, frozenset(l) == s)
print([1, 2] == [1, 2.0], (1, 2) == (1.0, 2), {1: 'a'} == {1.0: 'a'}, {1} == {True})
print(list(range(3)) == [0, 1, 2], range(3) == [0, 1, 2], tuple(range(3)) == (0, 1, 2))
print(str([1, 2]), str((1,)), str(set()), str({}), str(frozenset()), repr(()), repr([]))
