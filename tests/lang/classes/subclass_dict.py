# Subclasses of dict: __missing__, overriding item access, attribute access.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello':
    c[ch] = c[ch] + 1
print(sorted(c.items()), c['z'], 'z' in c, len(c))
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
a = AttrDict(x=1)
a.y = 2
print(a.x, a.y, a, hasattr(a, 'zz'))
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = Lower()
d['ABC'] = 1
print(d['abc'], d['Abc'], d, type(d).__name__)
class Default(dict):
    def __init__(self, default, **kw):
        super().__init__(**kw)
        self.default = default
    def __missing__(self, k):
        self[k] = self.default
        return self.default
dd = Default([], a=[1])
print(dd['a'], dd['b'], sorted(dd), dd.default)
print(isinstance(dd, dict), dict.get(dd, 'a'), dict(dd) == {'a': [1], 'b': []})
