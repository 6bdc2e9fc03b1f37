# divmod, // and % agree with floor division for every sign combination.
for a in [7, -7, 0, 1, -1, 13, -13, 100]:
    for b in [2, -2, 3, -3, 7, -7, 1, -1]:
        q, r = divmod(a, b)
        assert q == a // b and r == a % b and q * b + r == a
        print(a, b, q, r, end='; ')
    print()
big = 10**30 + 7
for b in [3, -3, 10**15, -(10**15), 2**64 + 1]:
    print(divmod(big, b), divmod(-big, b))
print(divmod(True, 2), divmod(5, True))
for a, b in [(1, 0), (0, 0), (10**20, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
