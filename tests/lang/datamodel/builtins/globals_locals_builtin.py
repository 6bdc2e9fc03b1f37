# globals() is the module dict (writable), locals() a snapshot inside functions.
counter = 0
g = globals()
g['counter'] = 5
g['made_up'] = 'hello'
print(counter, made_up, g is globals(), '__name__' in g, g['__name__'])
def f(a, b):
    c = a + b
    l = locals()
    l['c'] = 'not written back'
    return sorted(l.items()), c
print(f(1, 2))
def outer():
    v = 1
    def inner():
        return sorted(locals())
    def uses():
        return v, sorted(locals())
    return inner(), uses()
print(outer())
print(locals() is globals(), sorted(k for k in globals() if not k.startswith('__')))
def shadow():
    globals()['counter'] += 1
shadow()
shadow()
print(counter)
