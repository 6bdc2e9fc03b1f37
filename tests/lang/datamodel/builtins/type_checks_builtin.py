# type() identity checks versus isinstance for builtin values and subclasses.
class MyList(list):
    pass
class MyInt(int):
    pass
vals = [1, True, 1.0, 'a', [1], MyList([1]), MyInt(1), (1,), None]
for v in vals:
    print(repr(v), type(v).__name__, type(v) is int, isinstance(v, int), type(v) is list, isinstance(v, list))
m = MyList([3, 1, 2])
m.sort()
print(m, type(m).__name__, type(m + [4]).__name__, type(m[:]).__name__, len(m), m == [1, 2, 3])
n = MyInt(5)
print(n + 1, type(n + 1).__name__, n * 2, repr(n), str(n), n == 5, hash(n) == hash(5))
