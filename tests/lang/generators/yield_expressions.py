# yield as an expression in many positions.
def positions():
    x = yield 'plain'
    print('x =', x)
    y = [(yield 'in list'), (yield 'second in list')]
    print('y =', y)
    z = {'k': (yield 'in dict')}
    print('z =', z)
    print('arg:', (yield 'as argument'))
    w = (yield 'a') + (yield 'b')
    print('w =', w)
    if (yield 'in condition'):
        print('condition true')
    v = yield
    print('bare yield got', v)
    return 'end'

g = positions()
out = [next(g)]
try:
    for i in range(20):
        out.append(g.send(i))
except StopIteration as e:
    out.append(('stop', e.value))
print(out)

f = lambda: (yield 1)
lg = f()
print(type(lg).__name__, next(lg), next(lg, 'done'))

def yields_tuple():
    yield 1, 2
    yield (3, 4)
    t = yield
    yield t
g = yields_tuple()
print(next(g), next(g), next(g), g.send('sent'))

def augmented():
    total = 0
    total += yield total
    total += yield total
    yield total
g = augmented()
print(next(g), g.send(5), g.send(7))

def in_loop_header():
    for i in range((yield 'how many?')):
        yield i
g = in_loop_header()
print(next(g), g.send(3), next(g), next(g), next(g, 'end'))

def yield_from_value():
    r = yield from (yield 'give me an iterable')
    print('r', r)
g = yield_from_value()
print(next(g), g.send('ab'), next(g), next(g, 'end'))
