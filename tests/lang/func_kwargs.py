# **kwargs collects extra keyword arguments into an insertion-ordered dict.
def opts(**kw):
    print(kw)
opts()
opts(a=1)
opts(zeta=1, alpha=2, mid=3)
def both(x, *args, **kwargs):
    print(x, args, kwargs)
both(1)
both(1, 2, 3)
both(1, 2, k='v', other=None)
both(x=5, y=6)
def config(name, **settings):
    line = name
    for k, v in settings.items():
        line = line + ' ' + k + '=' + str(v)
    return line
print(config('srv', port=80, debug=True))
d = {'port': 443, 'tls': 'on'}
print(config('web', **d))
print(config(**{'name': 'n', 'x': 1}))
def point(x=0, y=0):
    return [x, y]
print(point(**{'y': 5}), point(**{'x': 1, 'y': 2}), point(1, **{'y': 3}))
