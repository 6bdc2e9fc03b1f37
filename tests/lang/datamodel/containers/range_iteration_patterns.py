# Common range patterns: stepping, reversing, indices of sequences, empty ranges.
s = 'abcdefgh'
print([s[i] for i in range(0, len(s), 3)], [s[i] for i in range(len(s) - 1, -1, -2)])
print(list(range(10, 0)), list(range(0, 10, -1)), list(range(-1, -10, -4)), list(range(3, 3)))
print(sum(range(1, 101, 2)), len(range(0, 1000, 7)), range(0, 1000, 7)[-1], 994 in range(0, 1000, 7))
for i in range(3, 0, -1):
    print(i, end=' ')
print('liftoff')
print([(i, j) for i in range(3) for j in range(i + 1, 3)])
