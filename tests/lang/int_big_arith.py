# Arbitrary-precision add, subtract, multiply, compare.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a * -b)
print(-a * -b)
print(a * 0, a - a, a + -a)
print(a < b, a > b, a == a + 0, a != b)
print(a + 1 > a, -a < a, -a - 1 < -a)
c = 2 ** 64
print(c + 1, c - 1, c * c)
print(c * c * c - 1)
print(99999999999999999999 + 1)
print(-99999999999999999999 - 1)
print(18446744073709551615 * 18446744073709551615)
x = 1
for i in range(1, 30):
    x = x * 1000 + i
print(x)
print(x - x // 2 * 2)
total = 0
for i in range(50):
    total = total + 2 ** i * 3 ** i
print(total)
print(12345678901234567890 == 12345678901234567890, 2 ** 70 == 2 ** 71 // 2)
