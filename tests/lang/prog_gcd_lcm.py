# gcd and lcm by Euclid, over small and big ints.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return abs(a * b) // gcd(a, b)
pairs = [(12, 18), (17, 5), (0, 9), (9, 0), (-12, 18), (2 ** 64, 2 ** 40 * 3), (10 ** 20, 15 ** 10)]
for a, b in pairs:
    print(a, b, gcd(a, b), lcm(a, b) if a and b else 0)
acc = 1
for i in range(1, 31):
    acc = lcm(acc, i)
print(acc)
def reduce_fraction(n, d):
    g = gcd(n, d)
    return n // g, d // g
print(reduce_fraction(84, 126), reduce_fraction(-10, 4), reduce_fraction(2 ** 80, 6 ** 30))
coprime = 0
for a in range(1, 51):
    for b in range(1, 51):
        if gcd(a, b) == 1:
            coprime += 1
print(coprime)
