# Chained comparisons over mixed types, evaluation count, identity and membership operators.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 0 <= 0.0 < 1e-300, 'a' < 'b' <= 'b' != 'c')
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3) < v(0) < v(9), calls)
x = 5
print(0 < x <= 5, 0 < x < 5, x in [5] in [[5]], None is None is not False, [1] == [1] is not None)
print(1 < 2 > 0 == 0.0, 3 > 2 > 1 > 0 > -1, (1 < 2) < 3, 1 < (2 < 3))
print([] == [] != [1], () < (1,) < (1, 1) < (2,), 'ab' < 'abc' < 'b', -0.0 == 0 == False)
nan = float('nan')
print(nan < 1 < 2, 1 < 2 < nan, nan != nan != 1, 2 ** 64 > 2.0 ** 63 > 2 ** 62)
