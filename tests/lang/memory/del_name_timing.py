# __del__ runs the moment the last reference goes: del of the last name, not before.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = T('a')
b = a
print('del a')
del a
print('del b')
del b
print('after')
x = T('x')
x = None
print('rebound to None')
y = T('y1')
y = T('y2')
print('rebound to y2')
del y
print('end')
