# Nested comprehensions and multiple for clauses.
print([(x, y) for x in range(3) for y in range(2)])
print([(x, y) for x in range(4) for y in range(x)])
print([x * y for x in [1, 2, 3] for y in [10, 100] if x != 2])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([c + d for c in 'ab' for d in 'xy'])
flat = [y for x in [[1, [2]], [3]] for y in x]
print(flat)
pyth = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
