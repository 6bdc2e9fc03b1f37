# str(float) and repr(float) agree; float() of either gives the same value back.
vals = [0.1 * k for k in range(1, 20)] + [1 / k for k in range(1, 20)] + [10.0 ** k for k in range(-8, 24, 3)]
for v in vals:
    assert float(str(v)) == v and str(v) == repr(v)
    print(v, end=' ')
print()
big, tiny, eps = 1.7976931348623157e308, 2.2250738585072014e-308, 2.220446049250313e-16
print(big, tiny, eps, tiny / 2 ** 52, big * (1 + eps), 1.0 + eps, 1.0 + eps / 2, -big * 2)
