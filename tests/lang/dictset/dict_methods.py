d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('x'), d.get('x', 0))
print(d.setdefault('c', 3), d.setdefault('a', 100), d.setdefault('n'), d)
print(d.pop('a'), d.pop('zz', 'default'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
e = d.copy()
e['q'] = 1
print(d, e)
print(dict.fromkeys('abc'), dict.fromkeys([3, 1, 2], 0), dict.fromkeys({5, 3, 100}, []))
print({}.fromkeys((1, 2)))
print(dict.fromkeys({'k': 1, 'j': 2}))
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d = {1: 2}
print(d.__contains__(1), d.__getitem__(1), d.__len__(), 1 in d, 2 in d)
print(list(d.__iter__()), list(d.__reversed__()))
x = [1]
d = dict.fromkeys(range(3), x)
d[0].append(2)
print(d)
print({}.pop(1, None))
