# Mutually recursive functions.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(77), is_even(200))
def hofstadter_f(n):
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))
def hofstadter_m(n):
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))
print([hofstadter_f(i) for i in range(15)])
print([hofstadter_m(i) for i in range(15)])
def parse_expr(tokens, i):
    value, i = parse_term(tokens, i)
    while i < len(tokens) and tokens[i] == '+':
        rhs, i = parse_term(tokens, i + 1)
        value = value + rhs
    return value, i
def parse_term(tokens, i):
    if tokens[i] == '(':
        value, i = parse_expr(tokens, i + 1)
        return value, i + 1
    return int(tokens[i]), i + 1
print(parse_expr('( 1 + 2 ) + ( 3 + ( 4 + 5 ) )'.split(), 0))
