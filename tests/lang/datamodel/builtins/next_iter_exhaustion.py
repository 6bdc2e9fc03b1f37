# Iterators of every builtin container: exhaustion, independence, iter() identity.
for src in [[1, 2], (3, 4), 'xy', {5: 0, 6: 0}, {7, 8}, range(9, 11), b'AB', {1: 'v'}.values(), {1: 'v'}.items()]:
    it = iter(src)
    first = next(it)
    rest = list(it)
    print(type(src).__name__, type(it).__name__, first, rest, next(it, 'empty'), iter(it) is it)
a = iter([1, 2, 3])
b = iter([1, 2, 3])
print(next(a), next(a), next(b), list(a), list(b))
r = range(3)
print(list(r), list(r), list(iter(r)), next(iter(r)))
