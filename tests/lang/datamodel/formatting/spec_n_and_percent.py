# n (locale-free here, like d and g) and % formats.
for v in [0, 1234567, -89]:
    print(v, format(v, 'n'), format(v, '10n'), format(v, '+n'))
for v in [1.5, 1234567.891, 1e-5, 1e20]:
    print(v, format(v, 'n'), format(v, '.3n'))
for v in [0.5, 0.123456, 1.0, -0.00001, 2, 1 / 3, 12.5]:
    print(repr(v), [format(v, s) for s in ['%', '.0%', '.1%', '.3%', '10.2%', '+.1%', ',.0%']])
print(format(float('inf'), '%'), format(float('nan'), '.1%'))
