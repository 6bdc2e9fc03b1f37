# Sorting and comparing floats with -0.0, inf, tiny and huge values; min/max tie behaviour.
vals = [3.5, -0.0, 0.0, float('inf'), -1e-300, 1e300, -float('inf'), 2, True, 5e-324]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(min(0.0, -0.0), min(-0.0, 0.0), max(0.0, -0.0), max(-0.0, 0.0))
print(sorted([0.0, -0.0, 0, False]), sorted([-0.0, 0.0]), [repr(x) for x in sorted([0.0, -0.0])])
print(1e-320 > 0, 5e-324 / 2 == 0, -5e-324 < 0, 1e308 * 10 == float('inf'))
