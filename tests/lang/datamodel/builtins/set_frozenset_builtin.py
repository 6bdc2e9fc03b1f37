# set() and frozenset() from every kind of iterable; copies and identity.
print(set(), set([3, 1, 2]), set((1, 1, 1)), set(range(5)), set({4: 'a', 2: 'b'}), set(b'aba'))
print(frozenset(), frozenset([5, 5, 6]), frozenset(range(3)), frozenset({1: 0}.values()))
f = frozenset([1, 2])
print(frozenset(f) is f, set(f) == f, set(f) is f, len(set([[1][0], 1.0, True])))
print(sorted(set('mississippi')), len(set('mississippi')), sorted(frozenset('banana')))
print(set(x % 4 for x in range(20)), {*range(3)}, set(map(abs, [-1, 1, -2])))
for bad in [5, None, [[1]], 1.5]:
    try:
        set(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    frozenset([{}])
except TypeError as e:
    print(type(e).__name__, e)
