# The right operand of %: tuples unpack, everything else is one value.
print('%s' % [1, 2], '%s' % (1,), '%s' % ((1, 2),), '%r' % ((),), '%s' % {1: 2})
print('%s and %s' % (1, 2), '%s' % 'str', '%s' % b'b', '%r' % None, '%s' % range(2))
t = (3, 4)
print('%d-%d' % t, '%s' % (t,), '(%s, %s)' % t)
args = []
args.append('x')
print('%s' % tuple(args), '%s' % args)
class L(list):
    pass
print('%s' % L([1, 2]))
try:
    print('%s' % ())
except TypeError as e:
    print(type(e).__name__, e)
print('%%s' % (), '%s%%' % 5)
