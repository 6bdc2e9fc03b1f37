# round() on ints, floats and bools with ndigits positional, keyword and None.
print(round(3.14159, 2), round(3.14159, ndigits=3), round(2.5, ndigits=None), round(-3.5))
print(round(12345, -2), round(12355, ndigits=-1), round(-12345, -3), round(True, 2), round(False))
print(round(1e20, 2), round(1.23456789e-5, 7), round(0.5 + 1e-16), round(-0.5), round(-0.0, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
for f in [lambda: round('1'), lambda: round(1.5, 1.5), lambda: round(1, '2'), lambda: round()]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
