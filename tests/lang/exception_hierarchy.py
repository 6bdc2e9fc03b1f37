# Builtin exceptions are caught by their base classes.
tests = [
    ('zero', ArithmeticError),
    ('index', LookupError),
    ('key', LookupError),
    ('name', NameError),
    ('type', TypeError),
    ('value', ValueError),
]
def trigger(kind):
    if kind == 'zero':
        return 1 % 0
    if kind == 'index':
        return 'abc'[9]
    if kind == 'key':
        return {}[kind]
    if kind == 'name':
        return missing_variable
    if kind == 'type':
        return 1 < 'a'
    return int('1.5')
for kind, base in tests:
    try:
        trigger(kind)
    except base as e:
        print(kind, 'caught by', base, 'as', type(e), e)
for kind, base in tests:
    try:
        trigger(kind)
    except Exception as e:
        print(kind, isinstance(e, Exception), isinstance(e, base), isinstance(e, KeyError))
try:
    raise ValueError('v')
except BaseException as e:
    print('BaseException catches', repr(e))
