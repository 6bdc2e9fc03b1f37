# Floor division and modulo follow the sign of the divisor (no divmod yet).
for a in [7, -7, 0, 1, -1, 13, -13]:
    for b in [2, -2, 3, -3, 7, -7]:
        print(a, b, a // b, a % b)
print(10 ** 30 // 7, 10 ** 30 % 7)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(10 ** 30 // -7, 10 ** 30 % -7)
print(2 ** 100 // 2 ** 50, 2 ** 100 % (2 ** 50 + 1))
print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print(123456789123456789123456789 // 1000000007)
print(123456789123456789123456789 % 1000000007)
print(-1 // 10 ** 20, -1 % 10 ** 20)
