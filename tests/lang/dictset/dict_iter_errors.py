d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {0: 0}
try:
    for k in d:
        del d[k]
        d[k + 1] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
print(d)
d = {1: 1, 2: 2}
try:
    for k in d.values():
        d.pop(1)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in reversed(d):
        d.pop(2)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter({1: 1, 2: 2, 3: 3})
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
d = {1: 1}
it = iter(d.items())
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(it.__length_hint__())
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
except StopIteration:
    print('stop')
