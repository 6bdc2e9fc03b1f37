# Keyword-only parameters after * or *args.
def kwonly(a, *, scale=1, offset=0):
    return a * scale + offset
print(kwonly(5), kwonly(5, scale=3), kwonly(5, offset=1, scale=2))
def required_kw(*, name):
    return 'name=' + name
print(required_kw(name='x'))
def after_args(*args, sep=' '):
    out = ''
    for a in args:
        out = out + str(a) + sep
    return out
print(after_args(1, 2, 3), after_args(1, 2, sep='-'))
try:
    kwonly(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    required_kw()
except TypeError as e:
    print('TypeError:', e)
