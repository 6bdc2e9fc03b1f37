# eval, exec and compile: namespaces, modes, code objects and CPython's errors.
def t(label, f):
    try:
        print(label, '->', repr(f()))
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)

x = 10
t('eval expr', lambda: eval('x * 2 + 1'))
t('eval leading blanks', lambda: eval(' \t x'))
t('eval bytes', lambda: eval(b'x + 1'))
t('eval globals', lambda: eval('a + b', {'a': 1, 'b': 2}))
t('eval locals win', lambda: eval('a', {'a': 1}, {'a': 2}))
t('eval builtins added', lambda: sorted(k for k in (lambda g: (eval('1', g), g)[1])({})))
print('exec returns', exec('y = 5'))
print('y after exec:', y)
ns = {}
exec('def f(n):\n    return n * k\nk = 3\nr = f(4)', ns)
print(ns['r'], ns['f'](2), sorted(k for k in ns if k != '__builtins__'))
loc = {}
exec('p = 1\nq = p + 1', {}, loc)
print(sorted(loc.items()))

class Recorder(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
exec('m = 7\nn = m * 2', {}, Recorder())

class Mapping:
    def __init__(self):
        self.d = {'base': 100}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        print('mapping set', k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print('mapping del', k)
        del self.d[k]
mp = Mapping()
exec('z = base + 1\ndel z\nw = len("ab")', {}, mp)
print(sorted(mp.d.items()))
t('eval mapping locals', lambda: eval('base * 2', {}, mp))
t('exec del missing in mapping', lambda: exec('del nothere', {}, mp))

def in_function():
    a = 1
    b = 2
    print(eval('a + b'), eval('[a for _ in range(2)]' if False else 'a * 10'))
    exec('c = a + b')
    print('c' in locals(), locals().get('c'))
in_function()

c1 = compile('1 + 2', 'calc', 'eval')
print(type(c1).__name__, c1.co_name, c1.co_filename, eval(c1))
c2 = compile('v = 41\nv += 1', 'prog.py', 'exec')
g = {}
print(exec(c2, g), g['v'], eval(c2, g))
c3 = compile('v * 2', '<s>', 'single')
print(eval(c3, g))
c4 = compile(source='9', filename='kw', mode='eval', flags=0, dont_inherit=True, optimize=-1)
print(eval(c4))

t('compile bad mode', lambda: compile('1', 'f', 'run'))
t('compile bad source', lambda: compile(5, 'f', 'exec'))
t('compile bad filename', lambda: compile('1', 5, 'exec'))
t('compile too many', lambda: compile('1', 'f', 'exec', 0, False, -1, 1))
t('compile missing', lambda: compile('1', 'f'))
t('eval no args', lambda: eval())
t('eval too many', lambda: eval('1', {}, {}, {}))
t('eval keywords', lambda: eval('1', globals={}))
t('eval bad source', lambda: eval(3))
t('eval globals list', lambda: eval('1', []))
t('eval globals int', lambda: eval('1', 5))
t('eval locals int', lambda: eval('1', {}, 5))
t('exec no args', lambda: exec())
t('exec too many', lambda: exec('1', {}, {}, {}))
t('exec keyword', lambda: exec('1', globals={}))
t('exec bad source', lambda: exec(None))
t('exec globals list', lambda: exec('1', []))
t('exec locals int', lambda: exec('1', {}, 5))
t('null byte', lambda: eval('1\0'))
t('name error', lambda: eval('undefined_thing'))
t('zero division', lambda: exec('1 / 0'))

for src in ['1 +', 'x = ', ')', 'def f(:', '  indented']:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.filename, e.lineno, e.msg)
try:
    eval('a = 1')
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno, e.msg)

try:
    exec('def f():\n    return 1 / 0\nf()', {})
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename, tb.tb_lineno))
        tb = tb.tb_next
    print(names[1:])

# Code objects of functions.
def gen_fn():
    yield 'from generator code'
print(next(eval(gen_fn.__code__)))
def with_cell():
    x = 'cell'
    def h():
        return x
    return h()
print(exec(with_cell.__code__), eval(with_cell.__code__))
def make_closure():
    y = 1
    def uses_y():
        return y
    return uses_y
t('eval free vars', lambda: eval(make_closure().__code__))
t('exec free vars', lambda: exec(make_closure().__code__))
