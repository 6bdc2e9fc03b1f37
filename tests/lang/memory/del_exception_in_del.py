# An exception in __del__ is printed as "Exception ignored" and the program goes on.
class Bad:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
        raise ValueError('boom %d' % self.n)
b = Bad(1)
del b
print('continued')
def f():
    x = Bad(2)
f()
print('after function')
l = [Bad(3), Bad(4)]
l.clear()
print('after clear')
try:
    c = Bad(5)
    del c
    raise KeyError('real')
except KeyError as e:
    print('caught', e)
print('end')
