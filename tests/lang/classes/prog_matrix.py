# A Matrix class with __matmul__, __getitem__ tuples, __eq__ and a readable __str__.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f'shapes {self.n}x{self.m} and {o.n}x{o.m} do not align')
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(self.m)) for j in range(o.m)] for i in range(self.n)])
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __str__(self):
        return '\n'.join(' '.join(f'{x:3}' for x in r) for r in self.rows)
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b)
print(a @ Matrix.identity(2) == a, (a + b) * 2 == 2 * (a + b), a.transpose().rows)
a[0, 0] = 10
print(a[0, 0], (a @ a).rows)
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print('ValueError:', e)
