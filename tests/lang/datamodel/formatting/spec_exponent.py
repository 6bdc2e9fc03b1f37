# e and E formats: precision, exponent digits, ints, zero, inf and nan.
for v in [0.0, 1.0, -1.5, 123456.789, 1e-10, 1e100, 5e-324, 1.7976931348623157e308, 0.000123]:
    print(repr(v), [format(v, s) for s in ['e', 'E', '.0e', '.2e', '.10E', '12.3e', '+.1e']])
for v in [0, 7, -123456789, 10**30]:
    print(v, format(v, 'e'), format(v, '.2E'), format(v, '.0e'))
print(format(float('inf'), 'e'), format(float('nan'), 'E'), format(float('-inf'), '.3E'))
print('%e %E %.1e %10.2e' % (1234.5, 0.00012, 9.99, -1.0))
