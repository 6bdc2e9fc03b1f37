# repr() of builtin objects: types, functions-free values, ranges, slices, views, iterators' types.
print(repr(int), repr(str), repr(type), repr(object), repr(ValueError), repr(type(None)))
print(repr(range(5)), repr(range(1, 5, 2)), repr(slice(1, None, -1)), repr(Ellipsis), repr(NotImplemented))
print(repr({1: 2}.keys()), repr({1: 2}.values()), repr({1: 2}.items()), repr(frozenset({1})), repr(set()))
print(repr(b'a\x00'), repr(bytearray(b'x')), repr(1e100), repr(-1.5e-10), repr(10**20), repr(True))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter({})).__name__,
      type(iter(range(1))).__name__, type(iter(set())).__name__, type(reversed([])).__name__)
print(repr(len), repr(print).startswith('<built-in function'), repr([].append).startswith('<built-in method append'))
