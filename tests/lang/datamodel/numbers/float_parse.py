# float() from strings: whitespace, underscores, exponents, and the error messages.
for s in ['1.5', '  -2.5\n', '1_000.000_1', '1e3', '1E+3', '1e-3', '.5', '5.', '+.5e1',
          '0000.100', '1' * 30, '12345678901234567890.5', '-0', '0e0', '\t7\t']:
    print(repr(s), float(s))
for s in ['', ' ', 'abc', '1.5.5', '1e', 'e5', '1_', '_1', '1__0', '0x10', '1,5', '- 1', 'infx']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1.0], {}]:
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(float(), float(7), float(-0), float(True), float(2**53 + 1), float(10**20))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
