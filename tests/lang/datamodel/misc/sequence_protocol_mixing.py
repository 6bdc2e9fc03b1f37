# The same operations across list, tuple, str, bytes and range: index, count, slicing, in, len.
seqs = [[1, 2, 3, 2], (1, 2, 3, 2), 'abcb', b'abcb', range(1, 5)]
for s in seqs:
    probe = s[1]
    print(type(s).__name__, len(s), s[0], s[-1], s[1:3], s[::-1], probe in s, s.index(probe), s.count(probe))
print([1] + [2], (1,) + (2,), 'a' + 'b', b'a' + b'b', [0] * 2, (0,) * 2, 'ab' * 2, b'x' * 2)
