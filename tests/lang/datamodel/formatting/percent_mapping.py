# %-formatting with a mapping: %(name)s, repeated keys, mixed with flags.
data = {'name': 'Ada', 'age': 36, 'score': 97.456, 'tags': ['x', 'y']}
print('%(name)s is %(age)d, scored %(score).1f' % data)
print('%(name)r %(name)-6s| %(age)05d %(score)+.2e %(tags)s' % data)
print('%(a)s%(a)s%(b)s' % {'a': 'x', 'b': 'y'}, '%(x)s %%' % {'x': 1}, '%()s' % {'': 'empty key'})
print('%(k)s' % {'k': {'nested': 1}}, 'no fields' % {'unused': 1}, '%s' % {'whole': 'dict'})
class M(dict):
    def __missing__(self, key):
        return key.upper()
print('%(hello)s %(world)s' % M())
for f in [lambda: '%(missing)s' % data, lambda: '%(name)s %s' % data, lambda: '%(name' % data,
          lambda: '%(a)s' % ['a'], lambda: '%(a)*d' % {'a': 1}]:
    try:
        print(f())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
