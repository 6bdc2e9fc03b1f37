# send(): values flow into the generator; the just-started and exhausted rules.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
print(g.send(None))
print(g.send('a'))
print(g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
try:
    g.send(1)
except StopIteration as e:
    print('exhausted send', e.args)

g = echo()
try:
    g.send(5)
except TypeError as e:
    print('TypeError:', e)
print(next(g))
print(g.send(7))

def accumulate():
    total = 0
    while True:
        value = yield total
        total += value

acc = accumulate()
next(acc)
for v in [1, 2, 3, 10]:
    print(acc.send(v))
try:
    acc.send()
except TypeError as e:
    print('TypeError:', e)
try:
    acc.send(1, 2)
except TypeError as e:
    print('TypeError:', e)
