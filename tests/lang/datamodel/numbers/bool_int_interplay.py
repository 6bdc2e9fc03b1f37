# bool as an int subclass: arithmetic, indexing, dict keys, sum/count, repr kept for bool results.
print(True + 1, True * 3.5, False - 1, True / 2, True // 2, True % 2, True ** 10, -True, ~False)
print(['no', 'yes'][True], 'abc'[False], (10, 20)[True], {True: 'one'}[1], {1: 'int'}[True])
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True + False).__name__)
print([1, 2, 3].count(True), [True, 1, 1.0].index(1.0), sum(x > 2 for x in [1, 3, 5]), int(True), float(False))
print(True == 1 == 1.0, isinstance(True, int), str(True + 0))
print(max(True, False), min(True, 2), sorted([True, 0, -1, False, 1]), abs(-True), divmod(True, True))
