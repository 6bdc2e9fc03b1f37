# Indexing and slicing strings, with negative and out-of-range bounds.
s = 'Hello, world'
print(s[0], s[4], s[-1], s[-5], s[len(s) - 1])
print(s[0:5], s[7:], s[:5], s[:], s[-5:], s[:-7])
print(s[3:3], s[5:2], s[100:], s[-100:3], s[2:100])
print(s[-3:-1], s[-1:-3], s[1:-1])
print(repr(s[0:0]), len(s[4:9]))
for i in range(0, len(s), 3):
    print(i, s[i], s[i:i + 3])
w = 'abcdef'
print(w[1] + w[3] + w[5], w[-6])
print('x'[0], 'xyz'[-3])
