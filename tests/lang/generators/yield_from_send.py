# send() through yield from reaches the innermost generator.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

data = {'a': [1, 2, 3], 'b': [10, 20]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        print(key, group.send(v))
    group.send(None)
print(results)

def relay():
    got = yield from echo()
    print('relay got', got)
    yield 'relay end'

def echo():
    x = yield 'echo ready'
    while x != 'stop':
        x = yield 'echo ' + str(x)
    return 'echo stopped'

r = relay()
print(next(r))
print(r.send(1))
print(r.send('two'))
print(r.send('stop'))
