# Bitwise operators against each other and against comparisons.
for a in [0, 1, 5, 12, -3]:
    for b in [3, 6, -1]:
        print(a, b, a & b | a ^ b, a << 1 & b, a | b << 1, ~a & b)
print(1 << 4 - 2, (1 << 4) - 2, 6 & 3 == 2, (6 & 3) == 2)
print(8 >> 1 << 2, 8 >> (1 << 2), 5 ^ 1 | 2, 5 ^ (1 | 2))
print(-1 & 0xF, -(1 & 0xF), ~0 << 4, ~(0 << 4))
print(1 + 2 & 3 + 4, (1 + 2) & (3 + 4), 1 + (2 & 3) + 4)
print(2 ** 3 & 5, 2 ** (3 & 5), 6 // 4 << 1, 6 // (4 << 1))
print(not 1 & 0, (not 1) & 0, 3 | 4 > 6, (3 | 4) > 6)
x = 0b1010
print(x & 1 == 0, x >> 1 & 1, x & x - 1, x | x + 1, x ^ x >> 1)
