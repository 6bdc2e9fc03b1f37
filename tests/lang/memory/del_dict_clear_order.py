# dict.clear() and dict dealloc release entries in insertion order.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
d = {'b': T('b'), 'a': T('a'), 'c': T('c')}
d['a'] = T('a2')
print('clear')
d.clear()
e = {i: T(i) for i in (3, 1, 2)}
del e[1]
print('del dict')
del e
f = {'x': T('x')}
print('pop')
f.pop('x')
print('end')
