# Integer presentation types b c d o x X (and n) on ints, bools and huge values.
for v in [0, 1, 7, 10, 255, -255, 4096, True, False, 2**64 + 3, -(3**40)]:
    print(repr(v), [format(v, t) for t in ['b', 'd', 'o', 'x', 'X', 'n', '']])
for v in [10, 3]:
    print([format(v, t) for t in ['e', 'f', 'g', '%', 'E', 'F', 'G', '.2f', '.1%']])
for t in ['s', 'q', 'z', ',s']:
    try:
        print(format(5, t))
    except ValueError as e:
        print(t, type(e).__name__, e)
for t in ['b', 'd', 'x', 'c', 'o', 'n', 'X']:
    try:
        print(format(2.0, t))
    except ValueError as e:
        print(t, type(e).__name__, e)
