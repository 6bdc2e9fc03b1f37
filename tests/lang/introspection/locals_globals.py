# locals() and globals() in modules, functions, closures, class bodies,
# comprehensions and generators, as CPython 3.11 gives them.
def t(label, f):
    try:
        print(label, '->', repr(f()))
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)

print(locals() is globals(), type(globals()).__name__, globals()['__name__'])

def same_dict():
    a = 1
    d = locals()
    b = 2
    print(sorted(d), d is locals(), sorted(d))
    del a
    locals()
    return sorted(d)
print(same_dict())

def params(x, y=2, *args, z, **kw):
    return sorted(locals().items())
print(params(1, z=3))
print(params(1, 5, 6, 7, z=0, extra=9))

def cells():
    captured = 'c'
    plain = 'p'
    def inner():
        return captured
    return list(locals()), inner()
print(cells())

def arg_cell(p, q):
    def inner():
        return p
    return list(locals())
print(arg_cell(1, 2))

def free_vars():
    v = 1
    w = 2
    def inner():
        u = 0
        return sorted(locals().items()), v
    return inner()
print(free_vars())

def unbound_later():
    before = locals()
    x = 1
    return before
print(unbound_later())

def not_written_back():
    x = 1
    locals()['x'] = 99
    return x
print(not_written_back())

class Body:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith('__'))
    module_name = locals()['__module__']
print(Body.names, Body.module_name)

print([sorted(locals()) for i in range(1)])

def gen():
    g1 = 1
    yield sorted(locals())
    g2 = 2
    yield sorted(locals())
print(list(gen()))

t('locals args', lambda: locals(1))
t('globals args', lambda: globals(1))
t('locals kw', lambda: locals(x=1))

counter = 0
def bump():
    globals()['counter'] += 1
    return globals() is bump.__globals__
print(bump(), bump(), counter)
globals()['made'] = 'via globals()'
print(made)
g = {}
exec('def h(): return globals()', g)
print(g['h']() is g)
