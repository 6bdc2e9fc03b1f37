# Dicts keep insertion order through deletions, re-insertions and resizes.
d = {}
for i in range(10):
    d[i * 7 % 10] = i
print(d)
del d[3]
del d[0]
print(d)
d[3] = 'again'
d[0] = 'zero'
print(d)
d[5] = 'replaced'
print(d)
for i in range(100):
    d[i] = i
for i in range(0, 100, 3):
    del d[i]
print(list(d)[:20], len(d))
for i in range(0, 100, 3):
    d[i] = -i
print(list(d)[-10:])
d = {'b': 1, 'a': 2, 'c': 3}
print(d, list(d.keys()), list(d.values()), list(d.items()))
d.update({'a': 20, 'd': 4})
d.update([('e', 5), ('b', 10)])
d.update(f=6)
print(d)
print(d.popitem(), d.popitem(), d)
d['z'] = 0
print(d)
print({k: k * k for k in range(5)})
print({x: i for i, x in enumerate('cab')})
print({1: 'a', True: 'b', 1.0: 'c'})
