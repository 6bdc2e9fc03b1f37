# slice objects: attributes, indices(), repr, equality, and use as subscripts.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5), slice(1, 2))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(-100, 100, 3).indices(7), slice(10, 0, -2).indices(6), slice(None, None, None).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) == slice(None, 1))
a = list(range(10))
print(a[slice(2, 8, 3)], 'abcdef'[slice(None, None, -2)], (0, 1, 2)[slice(1, None)])
a[slice(0, 2)] = ['x']
print(a)
del a[slice(None, None, 4)]
print(a)
print(slice('a', 'b', 'c'), slice(None, 'x').stop, slice(1.5, 2.5).start)
print(range(10)[slice(2, 9, 3)], len(range(100)[slice(0, 100, 7)]))
for f in [lambda: s.indices(-1), lambda: slice(0, 1, 0).indices(5), lambda: slice(),
          lambda: slice(1, 2, 3, 4), lambda: [1][slice('a', None)], lambda: s.indices('x')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
