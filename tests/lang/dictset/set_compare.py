a = {1, 2, 3}
print(a == {3, 2, 1}, a != {1, 2}, a == frozenset({1, 2, 3}), frozenset({1, 2, 3}) == a)
print(a < {1, 2, 3, 4}, a < a, a <= a, a > {1}, a >= {1, 2, 3}, a > a)
print({1} < {2}, {1} > {2}, {1} <= {2})
print(a.issubset([1, 2, 3, 4]), a.issubset([1, 2]), a.issuperset([1]), a.issuperset(range(5)))
print(a == [1, 2, 3], a != [1, 2, 3])
print(set() == frozenset(), set() < {0})
try:
    print(a < [1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a <= 1)
except TypeError as e:
    print(type(e).__name__, e)
print(1 in a, 4 in a, [] in [a], {1} in [a])
print({1, 2} == {1: 0, 2: 0}.keys(), {1: 0, 2: 0}.keys() == {1, 2})
