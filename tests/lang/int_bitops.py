# Bitwise operators, including negative numbers and big ints.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~0, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(255 & 15, 256 | 1, 255 ^ 255)
print(2 ** 100 & (2 ** 100 - 1), 2 ** 100 | 1, 2 ** 100 ^ 2 ** 99)
print(-(2 ** 100) & 0xFF, ~(2 ** 100))
print((2 ** 70 + 5) & -(2 ** 64))
print(0xFF, 0o17, 0b1011, 0XAB, 1_000_000)
x = 0
for i in range(0, 20, 3):
    x = x | 1 << i
print(x)
print(x & ~(1 << 3), x ^ x, x | 0)
print(5 & 3 | 8, 5 | 3 & 8, 5 ^ 3 & 1)
