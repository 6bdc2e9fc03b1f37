# __length_hint__ on the builtin iterators that have it in CPython.
def hint(it):
    return it.__length_hint__()

it = iter([1, 2, 3])
print(hint(it))
next(it)
print(hint(it))
list(it)
print(hint(it))
lst = [1, 2]
it = iter(lst)
lst.append(3)
print('list grew', hint(it))
lst.clear()
print('list cleared', hint(it))

it = iter((1, 2, 3, 4))
next(it)
print('tuple', hint(it))
it = iter(range(10))
next(it)
print('range', hint(it))
it = iter(range(10, 0, -3))
print('range step', hint(it))
it = iter('hello')
next(it)
print('str', hint(it))
it = iter('héllo')
print('str unicode', hint(it))
d = {'a': 1, 'b': 2, 'c': 3}
for it in (iter(d), iter(d.values()), iter(d.items()), iter(d.keys())):
    next(it)
    print(type(it).__name__, hint(it))
it = iter({1, 2, 3})
next(it)
print('set', hint(it))
