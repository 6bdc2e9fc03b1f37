# `return value` becomes StopIteration(value); loops and list() drop it.
def ret(v):
    yield 'first'
    return v

for v in [None, 0, 'text', (1, 2), [3], (), ((4,),)]:
    g = ret(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(v), '->', repr(e), e.args, repr(e.value))

print(list(ret(99)))
for x in ret(5):
    print('loop sees', x)
g = ret('hidden')
print(next(g), next(g, 'default'))
g = ret(ValueError('exc as value'))
next(g)
try:
    g.send(None)
except StopIteration as e:
    print(type(e.value).__name__, e.value)

def ret_in_finally():
    try:
        yield 1
    finally:
        return 'from finally'
g = ret_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print('finally return', e.value)
g = ret_in_finally()
next(g)
print('close swallowed:', g.close())
