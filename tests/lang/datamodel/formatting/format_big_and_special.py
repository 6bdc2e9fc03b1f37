# Formatting huge ints, float rounding boundaries, inf/nan with every presentation.
big = 3**200
print(format(big, ','), format(big, 'x')[:20], format(-big, '_o')[:25], len(format(big, 'b')))
print(format(big, '.3e'), format(big, '.5g'), format(2**64, '#X'), '%d' % big == str(big))
for v in [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 1.45, 2.345, 8.875, 9.995, 99.5, 0.9999999]:
    print(repr(v), f'{v:.1f}', f'{v:.2f}', f'{v:.0f}', f'{v:.2g}', f'{v:.1e}', '%.1f' % v)
for v in [float('inf'), float('-inf'), float('nan')]:
    print([format(v, s) for s in ['', 'f', 'e', 'g', '%', 'F', 'E', 'G', '+', '010', '^7', '.2']])
print(f'{1e16:f} {1e-16:f} {123e300:.3e} {1/7:.30f}')
