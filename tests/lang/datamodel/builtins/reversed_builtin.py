# reversed() over sequences, ranges, dicts and dict views; errors for non-sequences.
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(5))))
print(list(reversed(range(0, 20, 7))), list(reversed(b'xyz')), list(reversed(bytearray(b'ab'))))
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())), list(reversed([])))
r = reversed([10, 20])
print(next(r), list(r), list(r))
l = [1, 2, 3]
r = reversed(l)
l.append(4)
print(list(r))
print(''.join(reversed('stressed')), [x for x in reversed(range(-3, 3, 2))])
for bad in [{1, 2}, 5, iter([1]), None, frozenset()]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
