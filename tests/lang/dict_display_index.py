# Dict displays, lookup, assignment and printing in insertion order.
d = {'one': 1, 'two': 2, 'three': 3}
print(d, len(d), {}, len({}))
print(d['one'], d['three'])
d['four'] = 4
d['one'] = 'uno'
print(d)
print('two' in d, 'five' in d, 2 in d, 'five' not in d)
e = {1: 'a', 2.5: 'b', (1, 2): 'c', None: 'd', True: 'e'}
print(e)
print(e[1], e[(1, 2)], e[None], e[2.5])
f = {'k': 1, 'k': 2}
print(f)
g = {'list': [1, 2], 'dict': {'inner': True}}
g['list'].append(3)
g['dict']['new'] = None
print(g)
h = {}
for w in ['x', 'y', 'x', 'z', 'x']:
    if w in h:
        h[w] += 1
    else:
        h[w] = 1
print(h)
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {} == {'a': 1})
print({1: 'int', 1.0: 'float'}, {0: 'zero', False: 'false'})
