# Left and right shifts, into and out of big ints.
print(1 << 0, 1 << 1, 1 << 10, 1 << 62, 1 << 63, 1 << 64)
print(1 << 100)
print(3 << 70)
print(-1 << 65)
print(1024 >> 3, 1024 >> 20, 1023 >> 1)
print(-1 >> 1, -8 >> 1, -9 >> 1, -1 >> 100)
print((1 << 100) >> 99, (1 << 100) >> 100, (1 << 100) >> 101)
print(-(1 << 100) >> 98)
print(2 ** 64 >> 1, (2 ** 64 - 1) >> 32)
v = 12345
for s in range(0, 16, 4):
    print(s, v << s, v >> s)
print(1 << 2 + 1, (1 << 2) + 1, 16 >> 1 + 1)
