# Arbitrary precision: products, quotients and remainders checked by identities.
a = 3**200 + 12345
b = 7**90 - 1
print(a)
print(b)
print(a * b)
q, r = divmod(a, b)
print(q, r, q * b + r == a)
print(-a // b, -a % b, a // -b, a % -b)
print((a * b) // a == b, (a * b) % a)
f = 1
for i in range(1, 60):
    f *= i
print(f, len(str(f)))
print(f // (2**40), f % 1000003, f >> 100, f & 0xFFFF)
print(2**1000 - 2**999 == 2**999, (10**50 + 1) ** 2)
print(sum(range(10**18, 10**18 + 100)))
print(-(2**64) // 3, (-(2**64)) % 3, 2**64 // -3)
x = 1
for i in range(200):
    x = x * 31 + i
print(x % (2**61 - 1), x.bit_length())
print(abs(-10**40), -(-10**40), +(10**40))
