# int() and str() on ints.
print(int('42'), int('-7'), int('  13  '), int('+5'), int('0'))
print(int('123456789012345678901234567890'))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e10))
print(int(True), int(False), int(7))
print(int('1_000'), int('007'))
print(str(42), str(-42), str(0), str(2 ** 80))
print(len(str(10 ** 50)), str(10 ** 50)[0])
s = ''
for d in [1, 2, 3]:
    s = s + str(d)
print(s, int(s) + 1)
print(int(str(2 ** 64)) == 2 ** 64)
print(repr(5), repr(-5), repr(2 ** 65))
print(int(2.0 ** 60), int(1e18))
print(int(-1e18))
