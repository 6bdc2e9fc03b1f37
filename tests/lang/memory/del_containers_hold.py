# Containers keep objects alive; removing the container entry frees them.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
x = T('x')
l = [x]
d = {'k': x}
s = {x}
del x
print('still held')
l.pop()
print('list released')
del d['k']
print('dict released')
s.discard(next(iter(s)))
print('set released?')
y = T('y')
t = (y, 1)
del y
print('tuple holds')
t = None
print('end')
