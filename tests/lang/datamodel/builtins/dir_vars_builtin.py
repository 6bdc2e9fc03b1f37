# dir() and vars(): sorted names of instances, classes, locals; vars() is __dict__.
class P:
    cls_attr = 1
    def method(self):
        return 0
p = P()
p.x = 1
p.y = 2
print([n for n in dir(p) if not n.startswith('__')])
print(vars(p), p.__dict__ is vars(p))
vars(p)['z'] = 3
print(p.z, sorted(vars(p)))
print([n for n in dir(P) if not n.startswith('_')], 'cls_attr' in vars(P))
def f(a, b=2):
    c = a + b
    return dir()
print(f(1))
def g():
    q = 1
    r = 'x'
    return vars()
print(g())
print('append' in dir([]), 'keys' in dir({}), 'bit_length' in dir(0), dir() == sorted(dir()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
