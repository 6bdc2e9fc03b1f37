# Floats inside containers use repr; printing them directly uses str (same in 3.x).
vals = [0.1, 1/3, 1e16, 1e-5, -0.0, 2.5, 100.0, float('inf'), 1e22]
print(vals)
print(tuple(vals))
print({i: v for i, v in enumerate(vals)})
print({v for v in [0.5, 1.5, 0.25]})
print(*vals)
print(str(vals) == repr(vals), [str(v) == repr(v) for v in vals])
print(f'{vals}', '%s' % [vals[1]], '{}'.format((vals[0],)))
print([[1.0, [2.0e-10]], (3.0e10,)], {'k': [1e100]})
