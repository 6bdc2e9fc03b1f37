# str.format and format() errors, word for word
cases = [
    lambda: '{'.format(1), lambda: '}'.format(1), lambda: '{0'.format(1), lambda: '{}{0}'.format(1),
    lambda: '{0}{}'.format(1), lambda: '{1}'.format(1), lambda: '{a}'.format(1), lambda: '{0.}'.format(1),
    lambda: '{0[}'.format(1), lambda: '{0]}'.format(1), lambda: '{0[0]x}'.format([1]), lambda: '{!x}'.format(1),
    lambda: '{!}'.format(1), lambda: '{!r'.format(1), lambda: '{!rx}'.format(1), lambda: '{:{}}'.format(1),
    lambda: '{:{:{}}}'.format(1, 2, 3), lambda: '{0}'.format_map({}), lambda: '{a}'.format_map({}),
    lambda: '{a}'.format_map(1), lambda: '{:d}'.format('x'), lambda: '{:s}'.format(1), lambda: '{:x}'.format('a'),
    lambda: '{:=5}'.format('a'), lambda: '{:+}'.format('a'), lambda: '{:,}'.format('a'), lambda: '{}'.format(),
    lambda: '{a'.format(a=1), lambda: '{0.foo}'.format(1), lambda: '{0[5]}'.format([1]), lambda: '{:abc}'.format('x'),
    lambda: format('x', '.'), lambda: format('x', 'z'), lambda: format('x', '#'), lambda: format(1, 's'),
    lambda: format(1.5, 'd'), lambda: format(1, '.2d'), lambda: '{x{}}'.format(1), lambda: '{0:{a}}'.format(1),
    lambda: 'a'.format_map(), lambda: 'a'.__format__(1), lambda: format('x', ',d'),
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
