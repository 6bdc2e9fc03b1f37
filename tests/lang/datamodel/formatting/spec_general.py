# g and G: switching between fixed and exponent, trailing zeros, precision 0 and 1.
vals = [0.0, 1.0, 10.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1.5e-5, 3.14159265, 1e16, 1e-16,
        100000.0, 999999.5, 9.9999e-5, 0.5, 1e100]
for v in vals:
    print(repr(v), [format(v, s) for s in ['g', 'G', '.1g', '.2g', '.10g', '#g', '.0g', '12.4g']])
for v in [0, 5, 123456789, 10**20]:
    print(v, format(v, 'g'), format(v, '.3g'), format(v, 'G'), format(v, '.2G'))
print(format(float('nan'), 'g'), format(float('inf'), 'G'), format(-0.0, 'g'))
print('%g %G %.3g %#g %g' % (1e-5, 1e20, 3.14159, 2.0, 100000000.0))
