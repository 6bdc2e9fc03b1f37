# Insertion order survives updates, pops, re-insertion, setdefault, |= and comprehension.
d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
d[3] = 'updated'
print(d)
d.pop(5)
d[5] = 'back'
print(d, list(d))
d.setdefault(0, 'new')
d.setdefault(9, 'ignored')
print(d)
d |= {1: 'one', 42: 'answer'}
print(d)
print({k: d[k] for k in sorted(d)}, dict(reversed(list(d.items()))))
del d[9]
d.update([(9, 'nine')])
print(list(d.keys()), d.popitem(), list(d))
