# Reading slices with every combination of start, stop and step, in and out of range.
a = list(range(12))
for start in [None, 0, 3, -3, 20, -20]:
    for stop in [None, 5, -2, 30, -30]:
        for step in [None, 1, 2, -1, -3]:
            print(a[start:stop:step], end=' ')
        print()
t = tuple('abcdefgh')
print(t[::3], t[::-2], t[5:1:-1], t[-1:-9:-2], t[100:], t[:-100])
r = range(0, 40, 3)
print(r[::2], r[::-1], r[3:9:2], list(r[::-4]), r[100:], r[-3:])
print('hello world'[::-1], 'abcdefg'[1::2], b'abcdef'[::-2], bytearray(b'xyz')[::-1])
