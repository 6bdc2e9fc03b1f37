# f and F formats: precisions, rounding half-even on the binary value, huge and tiny values.
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1e-7, 123456789.987654321, 1e22, 1e300]:
    print(repr(v), [format(v, s) for s in ['f', '.0f', '.1f', '.2f', '.10f', 'F', '.3F']])
for v in [float('inf'), float('-inf'), float('nan'), 7, -3, 10**25]:
    print(repr(v), format(v, 'f'), format(v, 'F'), format(v, '.2f'), format(v, '8.1F'))
print('%.2f %.0f %.3f %f' % (2.675, 0.5, 1e-4, 1 / 3))
print(f'{1/3:.20f} {2**0.5:.15f} {0.1:.25f}')
