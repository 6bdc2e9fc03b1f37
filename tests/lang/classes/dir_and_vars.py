# dir() and vars() on instances and classes.
class A:
    cls_attr = 1
    def method(self):
        pass
class B(A):
    def other(self):
        pass
b = B()
b.inst = 2
names = dir(b)
print([n for n in names if not n.startswith('__')])
print('__init__' in names, '__class__' in names, '__repr__' in names)
print([n for n in dir(B) if not n.startswith('__')])
print(vars(b), sorted(k for k in vars(B) if not k.startswith('__')))
print(sorted(k for k in vars(A) if not k.startswith('__')))
try:
    vars(1)
except TypeError as e:
    print('TypeError:', e)
def f():
    local_a = 1
    local_b = 2
    return sorted(vars()), dir()
print(f())
