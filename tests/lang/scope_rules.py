# Local, enclosing, global and builtin scopes.
x = 'global'
def f():
    return x
def g():
    x = 'local to g'
    def h():
        return x
    return h()
print(f(), g())
def uses_builtin():
    return len('four')
print(uses_builtin())
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('x')
print(shadow_builtin(), len('ok'))
def unbound():
    try:
        print(y)
    except NameError as e:
        print('NameError:', e)
    y = 1
    return y
print(unbound())
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
z = 1
def param_shadows(z):
    z = z + 100
    return z
print(param_shadows(5), z)
