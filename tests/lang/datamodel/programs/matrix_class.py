# A Matrix class with operator overloading, equality, repr and errors for bad shapes.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError('rows must be non-empty and equal length')
        self.rows = [list(r) for r in rows]
        self.shape = (len(rows), len(rows[0]))
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __add__(self, other):
        self._same_shape(other)
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[a * other for a in r] for r in self.rows])
        if self.shape[1] != other.shape[0]:
            raise ValueError(f'cannot multiply {self.shape} by {other.shape}')
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def _same_shape(self, other):
        if self.shape != other.shape:
            raise ValueError(f'shape mismatch {self.shape} vs {other.shape}')
    def __repr__(self):
        return f'Matrix({self.rows})'
    def __str__(self):
        w = max(len(f'{x}') for r in self.rows for x in r)
        return '\n'.join(' '.join(f'{x:>{w}}' for x in r) for r in self.rows)
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a * b, b * a, 2 * a, a * 0.5, sep='\n--\n')
print(repr(a.transpose()), a[1, 0], a == Matrix([[1, 2], [3, 4]]), a == b, a != b)
print(a * Matrix.identity(2) == a, Matrix.identity(3))
m = Matrix([[1, 2, 3]])
print(m * m.transpose(), (m.transpose() * m).shape)
for bad in [lambda: a + m, lambda: a * m, lambda: Matrix([]), lambda: Matrix([[1], [2, 3]]), lambda: a[2, 0]]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
