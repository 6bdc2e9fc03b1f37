# frozenset: operators, methods, equality with sets, use in sets of sets, sorted contents.
a = frozenset([1, 2, 3, 4])
b = frozenset(range(3, 7))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([10]), a.intersection(b, [4]), a.difference([1], [2]), a.symmetric_difference(range(2)))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), frozenset() < a, a <= a, a < a)
print(a == {1, 2, 3, 4}, {1, 2, 3, 4} == a, hash(a) == hash(frozenset({4, 3, 2, 1})), len(a))
groups = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3]), frozenset()}
print(len(groups), sorted(sorted(g) for g in groups))
print(sorted(frozenset([5, 1, 3])), 3 in a, 9 not in a, list(frozenset([2, 1])))
print(type(a | {9}).__name__, type({9} | a).__name__, type(a.copy()).__name__)
