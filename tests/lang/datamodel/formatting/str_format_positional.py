# str.format: automatic and explicit numbering, reuse, and the numbering errors.
print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0} {2}'.format('a', 'b', 'c'))
print('{2}{1}{0}'.format(*'xyz'), '{}'.format([1, 2]), '{}-{}'.format(*range(2)))
print('{{}} {{{}}} {{0}}'.format('in'), '{}{}'.format('', ''), 'no fields'.format(1, 2))
print('{0:>5}|{0:<5}|{0:^5}|'.format('ab'), '{:{}}|'.format('w', 4), '{0:{1}.{2}f}'.format(3.14159, 8, 2))
def show(f):
    try:
        print(f())
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
show(lambda: '{} {}'.format(1))
show(lambda: '{1}'.format(1))
show(lambda: '{0} {}'.format(1, 2))
show(lambda: '{} {0}'.format(1, 2))
show(lambda: '{'.format(1))
show(lambda: '}'.format(1))
show(lambda: '{0!x}'.format(1))
show(lambda: '{0:'.format(1))
show(lambda: '{!}'.format(1))
show(lambda: '{:{:{}}}'.format(1, 2, 3))
