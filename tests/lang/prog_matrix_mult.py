# Matrix multiplication, transpose and identity with nested lists.
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    out = [[0] * cols for i in range(rows)]
    for i in range(rows):
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            out[i][j] = s
    return out
def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(matmul(b, a))
print(transpose(a), transpose(transpose(a)) == a)
print(matmul(a, identity(3)) == a, identity(2))
fib = [[1, 1], [1, 0]]
m = identity(2)
for i in range(90):
    m = matmul(m, fib)
print(m[0][1])
f = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(f, f))
for row in matmul([[2, 0], [0, 2]], [[1, 2], [3, 4]]):
    print(' '.join([str(v) for v in row]))
