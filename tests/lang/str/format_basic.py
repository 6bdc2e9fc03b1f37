# str.format: auto/manual numbering, keywords, attributes, items, conversions
print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'), '{1}{0}'.format('x', 'y'))
print('{name} is {age}'.format(name='Ada', age=36), '{0} {x}'.format(1, x=2))
class P:
    def __init__(self):
        self.x, self.y = 3, [10, 20]
    def __repr__(self):
        return 'P()'
p = P()
print('{0.x} {0.y[1]} {p.y[0]}'.format(p, p=p))
print('{0[1]} {0[0]}'.format([5, 6]), '{x[a]} {x[0]}'.format(x={'a': 1, 0: 2}), '{0[-1]}'.format({'-1': 'str key'}))
print('{!r} {!s} {!a} {!r:>10}'.format('é', 'é', 'é', 'é'))
print('{{literal}} {{{0}}} }}{{'.format(7))
print('{:>{}}|{:<{w}}|{:^{w}.{p}f}'.format('r', 5, 'l', 3.14159, w=8, p=2))
print('{0:{1}}|{0:{2}{3}}'.format(42, '>6', '*', '^7'))
print('{.real} {.imag}'.format(3, 4), '{0.__class__.__name__}'.format(1.5))
print('{٠}'.format('arabic-indic zero'), ''.format(), 'plain'.format(1, 2, x=3))
print('{:}|{!s:}'.format(1, 2))
print('{:%}'.format(0.5), '{:.3}'.format('abcdef'), '{:é^7}'.format('x'), '{:<<5}'.format('x'))
