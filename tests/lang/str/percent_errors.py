# %-formatting errors, word for word
cases = [
    lambda: '%d' % 'x', lambda: '%x' % 1.5, lambda: '%o' % 'x', lambda: '%f' % 'x', lambda: '%e' % None,
    lambda: '%c' % 'ab', lambda: '%c' % 1.5, lambda: '%c' % 0x110000, lambda: '%c' % -1,
    lambda: '%s %s' % (1,), lambda: '%s' % (1, 2), lambda: '%' % 1, lambda: '%(a)s' % 1,
    lambda: '%(a' % {'a': 1}, lambda: '%*d' % ('x', 1), lambda: '%.*f' % ('x', 1.0), lambda: '%y' % 1,
    lambda: 'abc %y' % 1, lambda: '%(a)s' % [1], lambda: '%5%' % (), lambda: '%5%' % (1,), lambda: 'abc' % 5,
    lambda: '%s' % (), lambda: '%d %s' % {'a': 1}, lambda: '%(a)s %s' % {'a': 'x'}, lambda: '%ł' % 1,
    lambda: 'é%ł' % 1, lambda: '%(a)' % {'a': 1}, lambda: '%.' % 1, lambda: '%z' % (), lambda: 5 % 'x',
    lambda: '%d' % float('inf'), lambda: '%s' % {'a': 1} + 1,
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print('abc' % b'x', 'abc' % [1], '%s' % b'x')
