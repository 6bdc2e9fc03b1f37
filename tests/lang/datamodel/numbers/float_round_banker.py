# round(): ties to even for ints and floats, ndigits positive, zero and negative.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 5.5]:
    print(x, round(x), type(round(x)).__name__)
for x, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.14159, 3),
             (1234.5678, -2), (1250.0, -2), (1350.0, -2), (-1250.0, -2), (0.5, 1), (1e300, 2)]:
    print(x, n, round(x, n))
for n, d in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (15, -1), (25, -1),
             (5, 2), (123456789, -5), (10**30 + 5 * 10**10, -11)]:
    print(n, d, round(n, d), type(round(n, d)).__name__)
print(round(5), round(-7), round(True), round(2.5, None))
print(round(float('inf'), 2), round(float('nan'), 1))
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(number=3.75, ndigits=1))
