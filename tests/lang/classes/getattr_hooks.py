# __getattr__ as a fallback, __getattribute__ for everything, delegation.
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print('delegating', name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1))
try:
    p.missing
except AttributeError as e:
    print('AttributeError:', e)
class Default:
    x = 1
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return name[5:]
        raise AttributeError(f'no {name}')
d = Default()
print(d.x, d.auto_hello, getattr(d, 'auto_x'), hasattr(d, 'other'))
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return super().__getattribute__(name)
l = Logged()
print(l.a)
try:
    l.b
except AttributeError as e:
    print('AttributeError:', e)
class Both:
    def __getattribute__(self, name):
        if name == 'hidden':
            raise AttributeError('hidden')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
b = Both()
b.v = 2
print(b.v, b.hidden, b.zzz)
