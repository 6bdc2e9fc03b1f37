# pow() with 2 and 3 arguments and keywords, mixed with floats, negative and zero.
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(-2.0, 2), pow(0, 0), pow(0.0, 0))
print(pow(4, 0.5), pow(1, 10**6), pow(-1, 10**6 + 1), pow(10, 2, 7), pow(exp=3, base=2))
print(pow(2, 100, 2**64 + 13), pow(7, 10**18, 1000), pow(-7, 3, 10), pow(3, -2, 17))
for args in [(0, -1), (0.0, -1.0), ('2', 2), (2, 2, 'x'), (2.5, 2, 3), (1, 2, 3, 4)]:
    try:
        print(pow(*args))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
