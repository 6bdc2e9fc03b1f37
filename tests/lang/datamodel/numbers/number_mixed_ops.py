# Binary operators across bool, int and float: result types and values.
vals = [True, 3, -2, 2.5, -0.5]
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a ** 2 if a != 0 else 0]
        if b:
            r += [a / b, a // b, a % b]
        print(repr(a), repr(b), r, [type(x).__name__ for x in r])
print(True + True, True * 10, -True, ~True, True << 3, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + 0).__name__, type(True | 1).__name__)
