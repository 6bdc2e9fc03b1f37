# One code object run with different globals dicts (exec), and module-level names in a
# namespace that is a dict subclass: the per-name caches must tell the dicts apart.
src = 'def f():\n    return value\n'
def make(ns):
    exec(src, ns)
    return ns['f']
fa, fb = make({'value': 'A'}), make({'value': 'B'})
print([fa(), fb(), fa(), fb()])

code = compile('total = 0\nfor i in range(5):\n    total += i\nresult = total * k\n', '<s>', 'exec')
for k in (1, 10):
    ns = {'k': k}
    exec(code, ns)
    print(ns['result'])

class Loud(dict):
    def __getitem__(self, key):
        print('getitem', key)
        return dict.__getitem__(self, key)
    def __setitem__(self, key, value):
        print('setitem', key)
        dict.__setitem__(self, key, value)
loud = Loud(x=1)
exec('y = x + 1\nz = y * 2', {}, loud)
print(sorted(loud.items()))
