# abs() and unary minus preserve types: int, bool (to int), float, and big ints.
for v in [-3, 3, True, False, -2.5, -0.0, -(2**100), float('-inf')]:
    print(repr(v), repr(abs(v)), type(abs(v)).__name__, repr(-v), type(-v).__name__, repr(+v))
