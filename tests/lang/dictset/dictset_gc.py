# Which dicts and sets the collector tracks, and what they refer to.
import gc
print(gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked({'a': {}}))
print(gc.is_tracked({1: 2.5}), gc.is_tracked(dict(a=1)), gc.is_tracked(dict.fromkeys('ab')))
d = {'a': 1}
d['b'] = [1]
print(gc.is_tracked(d))
del d['b']
print(gc.is_tracked(d))
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked({1}))
print(gc.get_referents({1: 3, 5: 7}), gc.get_referents({'a': 1, 'b': 2}))
x = {1: 2}
del x[1]
x['s'] = 3
print(gc.get_referents(x))
print(sorted(gc.get_referents({3, 1, 2})))
print(gc.get_referents({8, 1, 16}))
e = {}
print(gc.is_tracked(e.copy()), gc.is_tracked({'a': [1]}.copy()))
print(gc.is_tracked(iter({})), gc.is_tracked({}.keys()))
