# float('inf'/'nan') spellings, arithmetic and comparisons with infinities and NaN.
for s in ['inf', '-inf', '+inf', 'Infinity', '-INFINITY', 'iNf', 'nan', '-nan', 'NaN', ' inf ']:
    print(repr(s), float(s))
inf = float('inf')
nan = float('nan')
print(inf + 1, inf * -2, inf - inf, inf * 0, -inf / 3, 1 / inf, inf > 10**400)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
print(inf == inf, -inf < inf, inf == 2**1024, max(1, inf), min(-inf, 0))
print(inf // 1, inf % 5, 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(str(inf), repr(-inf), str(nan), abs(-inf), -nan)
print(inf.is_integer(), nan.is_integer(), (1e308 * 10), -1e308 * 10)
print(float('1e400'), float('-1e400'), float('1e-400'))
for f in [inf, -inf, nan]:
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted([3.0, inf, -inf, 0.0]))
