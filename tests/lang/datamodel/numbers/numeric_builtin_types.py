# int(), float(), bool() applied to each other, round trips, and type names of results.
for v in [0, 7, -7, 2**80, 0.0, -2.5, 1e30, True, False]:
    print(repr(v), int(v), float(v), bool(v), type(v + 0).__name__, type(v * 1.0).__name__)
print(int(float(2**53 + 1)), float(int(1e17)), int(True + True), float('1' * 20))
print(int(-2.5), int(2.5), int(-0.1), int(1e-300), int(123.999999999), int(float('1e20')))
print(type(1 // 1).__name__, type(1 / 1).__name__, type(2 ** -1).__name__, type(2 ** 2).__name__,
      type(True + True).__name__, type(True / True).__name__, type(abs(-True)).__name__)
