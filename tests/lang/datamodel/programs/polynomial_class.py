# A Polynomial class: arithmetic dunders, evaluation, derivative, pretty string, equality, hashing.
class Polynomial:
    def __init__(self, coeffs):
        c = list(coeffs)
        while c and c[-1] == 0:
            c.pop()
        self.c = tuple(c)
    def degree(self):
        return len(self.c) - 1
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def __add__(self, o):
        o = o if isinstance(o, Polynomial) else Polynomial([o])
        n = max(len(self.c), len(o.c))
        return Polynomial([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Polynomial([-a for a in self.c])
    def __sub__(self, o):
        return self + (-o)
    def __mul__(self, o):
        o = o if isinstance(o, Polynomial) else Polynomial([o])
        out = [0] * (len(self.c) + len(o.c))
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Polynomial(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Polynomial([1])
        for _ in range(n):
            r = r * self
        return r
    def derivative(self):
        return Polynomial([i * a for i, a in enumerate(self.c)][1:])
    def __eq__(self, o):
        return isinstance(o, Polynomial) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __str__(self):
        if not self.c:
            return '0'
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = '-' if a < 0 else '+'
            mag = abs(a)
            coef = '' if mag == 1 and i else f'{mag}'
            var = '' if i == 0 else 'x' if i == 1 else f'x^{i}'
            terms.append(f'{sign} {coef}{var}')
        s = ' '.join(terms)
        return s[2:] if s.startswith('+') else '-' + s[2:]
x = Polynomial([0, 1])
p = 3 * x ** 2 - 2 * x + 5
q = (x + 1) ** 5
print(p, '|', q, '|', p * q, '|', p - p, '|', -q)
print(p(2), q(-1), q(10), p.degree(), (p * q).degree(), [p(v) for v in range(-3, 4)])
print(q.derivative(), '|', q.derivative().derivative()(1), '|', Polynomial([7]).derivative())
print(p == 3 * x * x - 2 * x + 5, p == q, len({p, Polynomial([5, -2, 3]), q}), (x ** 64)(2) == 2 ** 64)
print(Polynomial([1.5, 0, -0.5])(2.0), str(Polynomial([0, 0, 0])), Polynomial([0, -1]))
