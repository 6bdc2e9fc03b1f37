# and/or return one of their operands; not returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or 0, '' or 'x')
print([] or [1], [0] or [1], {} and 5, None or None)
print(not 0, not 1, not '', not 'a', not [], not [0], not None)
print('a' and 'b' and 'c', 'a' and '' and 'c', '' or 0 or None)
print(0 or '' or [] or 'last')
print(1 and 0 or 5, 1 or 0 and 5, not 1 or 2, not (1 or 2))
def t(v):
    print('eval', v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(1) or t(2))
print(t(0) or t(0) or t(3))
print(not t(0) and t(4))
x = 5
print(x > 3 and x < 10, x > 3 and x > 10, x < 3 or x == 5)
print(0.0 or 'zero float', 0 == 0.0 and 'equal')
