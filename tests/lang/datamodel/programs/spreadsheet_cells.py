# A tiny spreadsheet: cells with formulas evaluated recursively, cycle and reference errors.
class CellError(Exception):
    pass
class CycleError(CellError):
    pass
class Sheet:
    def __init__(self):
        self.raw = {}
    def set(self, name, value):
        self.raw[name] = value
    def value(self, name, visiting=()):
        if name in visiting:
            raise CycleError(' -> '.join(visiting + (name,)))
        if name not in self.raw:
            raise CellError(f'empty cell {name}')
        v = self.raw[name]
        if isinstance(v, str) and v.startswith('='):
            return self.evaluate(v[1:], visiting + (name,))
        return v
    def evaluate(self, formula, visiting):
        if formula.startswith('SUM(') and formula.endswith(')'):
            return sum(self.value(c.strip(), visiting) for c in formula[4:-1].split(','))
        for op in '+-*/':
            left, sep, right = formula.partition(op)
            if sep:
                a = self.operand(left.strip(), visiting)
                b = self.operand(right.strip(), visiting)
                try:
                    return {'+': a + b, '-': a - b, '*': a * b}[op] if op != '/' else a / b
                except ZeroDivisionError as e:
                    raise CellError(f'#DIV/0 in {visiting[-1]}') from e
        return self.operand(formula.strip(), visiting)
    def operand(self, tok, visiting):
        try:
            return int(tok)
        except ValueError:
            return self.value(tok, visiting)
s = Sheet()
for name, v in [('A1', 10), ('A2', 32), ('A3', '=A1+A2'), ('B1', '=A3*2'), ('B2', '=SUM(A1, A2, B1)'),
                ('C1', '=C2+1'), ('C2', '=C3*2'), ('C3', '=C1'), ('D1', '=A1/0'), ('D2', '=Z9+1'),
                ('E1', 2.5), ('E2', '=E1*4'), ('E3', '=E2/3')]:
    s.set(name, v)
for name in sorted(s.raw):
    try:
        print(f'{name:>3} = {s.value(name)!r}')
    except CycleError as e:
        print(f'{name:>3} ! cycle: {e}')
    except CellError as e:
        print(f'{name:>3} ! {e}' + (f' (from {type(e.__cause__).__name__}: {e.__cause__})' if e.__cause__ else ''))
print(issubclass(CycleError, CellError), len(s.raw))
