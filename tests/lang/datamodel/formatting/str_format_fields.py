# str.format field names: keywords, attributes, indexing, and conversions.
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Pt(3, 4)
d = {'a': 1, 'key': 'v', 0: 'zero'}
print('{name} is {age}'.format(name='Ann', age=30))
print('{0.x},{0.y} {p.y}'.format(p, p=p))
print('{0[a]} {0[key]} {0[0]} {d[key]}'.format(d, d=d))
print('{0[1]} {0[-1]}'.format({1: 'int', '-1': 'str key'}), '{0[1]}'.format([10, 20]), '{0[0][1]}'.format([[5, 6]]))
print('{x!r} {x!s} {x!a} {x!r:>8}'.format(x='é'))
print('{0.real} {0.imag} {1.__class__.__name__}'.format(5, 'str'))
print('{:*^11}'.format('mid'), '{n:08.3f}'.format(n=-3.14159), '{:,}'.format(10**9))
def show(f):
    try:
        print(f())
    except (KeyError, AttributeError, IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
show(lambda: '{missing}'.format(a=1))
show(lambda: '{0.nope}'.format(p))
show(lambda: '{0[9]}'.format([1]))
show(lambda: '{0[k]}'.format({}))
show(lambda: '{0[}'.format([1]))
show(lambda: '{0.}'.format(p))
show(lambda: '{a.b.c}'.format(a=p))
