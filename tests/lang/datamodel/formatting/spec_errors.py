# Invalid format specifiers: CPython's messages for each mistake.
cases = [(1, '.'), (1.5, 'x'), ('s', 'x'), (1, '<<<'), (1, '=s'), ('a', '0=5'), (1, ',,'),
         (1, '.2d'), ('s', ','), ('s', '#'), (1.5, '#c'), (1, '10.2.3f'), ([], '5'),
         (None, '>5'), (1, '+ '), (1, 'd '), (1.5, 'z'), (1, '99999999999999999999'),
         ((1, 2), 'x'), (1, '%%')]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
for f in [lambda: f'{1:{"x"}d}', lambda: '{:d}'.format('a'), lambda: '{:s}'.format(1)]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
