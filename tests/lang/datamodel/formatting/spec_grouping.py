# Thousands separators , and _ for ints, floats, and _ in binary/octal/hex.
for v in [0, 999, 1000, -1234567, 10**12, 2**100, 123456.789, -0.5, 1e20, 12345678.9]:
    print(repr(v), [format(v, s) for s in [',', '_', ',.2f', '_.1f', '15,', '>20_', ',.3e', ',g']])
for v in [255, 65535, 2**32 - 1, -(2**20)]:
    print(v, [format(v, s) for s in ['_b', '_o', '_x', '#_X', '020_x', '_d']])
print(format(1234567, ',d'), format(1234567, '_d'), format(-1234.5, ',.0f'), format(1e6, ',.0%'))
for bad in [',b', ',x', ',o', '_s', ',c', ',_', '_,']:
    try:
        print(format(255, bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
