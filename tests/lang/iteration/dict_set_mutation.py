# Dicts and sets may not change size during iteration.
d = {'a': 1, 'b': 2}
try:
    for k in d:
        d['new_' + k] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
print(sorted(d))

d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    d[k] = d[k] * 10
print(d)

d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError:', e)

s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)

s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError:', e)

d = {'x': 1}
try:
    for v in d.values():
        d['y'] = 2
except RuntimeError as e:
    print('RuntimeError:', e)
d = {'x': 1, 'y': 2}
try:
    for kv in d.items():
        d.pop('y')
except RuntimeError as e:
    print('RuntimeError:', e)
d = {'a': 1}
for k in list(d):
    d[k + k] = 1
print(sorted(d))
