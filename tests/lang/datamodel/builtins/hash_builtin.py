# hash(): numbers and tuples match CPython, equal values hash equal, unhashables fail.
print(hash(0), hash(42), hash(-1), hash(10**19), hash(1.0), hash(0.5), hash(-2.25))
print(hash(()), hash((1, 2)), hash((1, (2, (3,)))), hash(frozenset([1, 2, 3])))
print(hash(True) == hash(1), hash(2.0) == hash(2), hash((1,)) == hash((1.0,)))
print(hash(range(5)) == hash(range(0, 5)))
print(type(hash('x')).__name__, hash('abc') == hash('ab' + 'c'), hash(b'x') == hash(b'x'))
def f():
    pass
print(hash(f) == hash(f), hash(None) == hash(None), hash(len) == hash(len))
for x in [[], {}, set(), bytearray(), ([1],), {1: 2}.values()]:
    try:
        hash(x)
    except TypeError as e:
        print(type(e).__name__, e)
