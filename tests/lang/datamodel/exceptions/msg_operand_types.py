# "unsupported operand type(s)" and unary operand messages for many type pairs.
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
       '/': lambda a, b: a / b, '//': lambda a, b: a // b, '%': lambda a, b: a % b,
       '**': lambda a, b: a ** b, '<<': lambda a, b: a << b, '>>': lambda a, b: a >> b,
       '&': lambda a, b: a & b, '|': lambda a, b: a | b, '^': lambda a, b: a ^ b,
       '@': lambda a, b: a @ b}
pairs = [(1, 'a'), ('a', 1), (None, 1), ([1], (1,)), ({}, {}), (1.5, 2), (1.5, [1]), (set(), 1)]
for sym, f in ops.items():
    for a, b in pairs:
        try:
            f(a, b)
        except TypeError as e:
            print(sym, type(e).__name__, e)
for name, f in [('-', lambda x: -x), ('+', lambda x: +x), ('~', lambda x: ~x)]:
    for v in ['s', [1], None, 1.5, {}]:
        try:
            f(v)
        except TypeError as e:
            print(name, type(e).__name__, e)
def aug():
    x = 'a'
    x -= 1
try:
    aug()
except TypeError as e:
    print(type(e).__name__, e)
