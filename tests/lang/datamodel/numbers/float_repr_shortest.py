# repr(float) is the shortest string that round-trips, with CPython's exponent rules.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
        0.0001234, 1.5e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        9007199254740993.0, 0.3, 100.0, 1e22, 1e23, 12345.678, -0.0, 4.35, 2.675,
        1.0000000000000002, 0.9999999999999999, 3.141592653589793, 1e21, 1e-7]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print([0.1, 1e-9, -2.5], (1.0,), {1.5: 2.25})
x = 1.0
for i in range(12):
    x /= 7
    print(x, end=' ')
print()
