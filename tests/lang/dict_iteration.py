# Iterating over dicts directly, with keys/items, and building new ones.
ages = {'ann': 31, 'bob': 25, 'cid': 40}
for name in ages:
    print(name, ages[name])
oldest = None
for name, age in ages.items():
    if oldest is None or age > ages[oldest]:
        oldest = name
print(oldest)
inverse = {}
for k, v in ages.items():
    inverse[v] = k
print(inverse)
print([k for k in ages], len(ages))
total = 0
for v in ages.values():
    total += v
print(total, total / len(ages))
nested = {'a': {'x': 1}, 'b': {'y': 2, 'z': 3}}
for outer, inner in nested.items():
    for k, v in inner.items():
        print(outer, k, v)
squares = {}
for i in range(6):
    squares[i] = i * i
print(squares)
built = {}
for k, v in [('p', 1), ('q', 2)]:
    built[k] = v
print(built)
