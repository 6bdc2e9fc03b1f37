# List comprehensions with conditions and expressions.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(20) if x % 2 if x % 3])
print([s.upper() for s in ['a', 'bc', 'def']])
print([len(w) for w in 'the quick brown fox'.split()])
print([(i, c) for i, c in enumerate('abc')])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print([[x] for x in range(3)])
print([x for x in []], [1 for x in range(3)])
n = 10
print([n * i for i in range(4)])
x = 'outer'
print([x for x in range(3)], x)
print(sum([i for i in range(101) if i % 2 == 0]))
print([k for k in {'a': 1, 'b': 2}], [v for v in {'a': 1, 'b': 2}.values()])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
