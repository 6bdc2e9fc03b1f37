# Catching by base class across the builtin hierarchy, from real failing operations.
ops = [('1/0', lambda: 1 / 0), ('[][1]', lambda: [][1]), ("{}['k']", lambda: {}['k']),
       ("int('x')", lambda: int('x')), ("'a'+1", lambda: 'a' + 1), ('None.x', lambda: None.x),
       ('undefined', lambda: undefined_name), ('2.0**5000', lambda: 2.0 ** 5000),
       ('iter(5)', lambda: iter(5)), ("b'\\xff'.decode()", lambda: b'\xff'.decode())]
bases = [ArithmeticError, LookupError, ValueError, TypeError, AttributeError, NameError, Exception]
for label, op in ops:
    try:
        op()
    except Exception as e:
        print(f'{label:<18} {type(e).__name__:<18}', [b.__name__ for b in bases if isinstance(e, b)])
