# 3-argument pow: modular exponentiation, negative exponents (inverse), errors.
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(7, 0, 1), pow(0, 0, 7))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5), pow(5, 3, 1))
print(pow(12345678901234567890, 98765432109876543210, 10**9 + 7))
print(pow(2, 10**6, 10**20 + 39))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(-3, -1, 7))
for base in range(1, 10):
    inv = pow(base, -1, 11)
    print(base, inv, base * inv % 11, end=' | ')
print()
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (0, -1, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(2, 10), pow(2, -2), pow(-8, 2), pow(10, 20), pow(2.5, 2))
print(pow(base=3, exp=4), pow(base=3, exp=4, mod=5))
