# dict comprehensions and key semantics: equal keys merge, first key object is kept.
sq = {n: n * n for n in range(6)}
print(sq, {v: k for k, v in sq.items()}, {k: v for k, v in sq.items() if v % 2})
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, list(d.keys())[0].__class__.__name__)
e = {}
e[0.0] = 'a'
e[0] = 'b'
e[False] = 'c'
print(e)
keys = {(1, 2): 'tuple', frozenset([1]): 'fs', None: 'none', -1: 'neg', 2**70: 'big', 'k': 's'}
print(keys[(1, 2)], keys[frozenset({1})], keys[None], keys[-1], keys[2**70], keys['k'])
print({x % 3: x for x in range(10)}, {c: ord(c) for c in 'hello'})
print({(i, j): i * j for i in range(2) for j in range(2)})
words = ['apple', 'bob', 'cat', 'avocado', 'banana']
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter, {k: len(v) for k, v in by_letter.items()})
print(dict([(1, 2), [3, 4], 'ab']), dict(a=1, b=2), dict({1: 2}, x=3), dict(zip(range(3), 'xyz')))
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
