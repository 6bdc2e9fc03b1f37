# round/int/float/math-free truncation: trunc via int(), floor via //, ceil via -(-x//1).
for x in [2.5, -2.5, 2.4999, -0.1, 7.0, -7.0, 1e16 + 1, 123.456]:
    print(x, int(x), x // 1, -(-x // 1), round(x), round(x, 1), type(x // 1).__name__)
for n in [7, -7, 0]:
    print(n, n // 2, -(-n // 2), round(n / 2), int(n / 2))
print(int(-0.9), int(0.9999999999999999), int(1e300) == 10**300, int(1e300) % 10**10)
print(int('  -12  '), int(12.0), int(-0.0), int(True), int(2**80 + 0.0) == 2**80)
