# divmod with floats and mixed types: signs, exactness, and zero divisors.
for a in [7.5, -7.5, 0.0, -0.0, 1e20, 0.1]:
    for b in [2, -2, 0.5, -0.3, 3.0]:
        print(a, b, divmod(a, b))
print(divmod(10**20, 7.0), divmod(True, 0.5), divmod(5, 2.5))
for a, b in [(1.0, 0), (0, 0.0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [('a', 1), (1, None), ([], [])]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
