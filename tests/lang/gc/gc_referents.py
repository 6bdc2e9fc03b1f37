# gc.get_referents order, gc.get_referrers, is_tracked of assorted objects.
import gc
gc.disable(); gc.collect()
print(gc.get_referents([1, 'x', (2, 3)]))
print(gc.get_referents({1: 3, 5: 7}), gc.get_referents({'a': 1, 'b': 2}))
print(gc.get_referents((1, 2), [3], 4, 'abc'))
print(gc.get_referents(1, 'a', 2.5, None))
target = ['target']
holder = [target]
d = {'k': target}
t = (target, 1)
r = gc.get_referrers(target)
print(len(r), any([x is holder for x in r]), any([x is d for x in r]), any([x is t for x in r]))
atomic = {'k': 1}
print(gc.get_referrers(atomic) == [] or [type(x).__name__ for x in gc.get_referrers(atomic)])
def f(): return target
print(gc.is_tracked(f), gc.is_tracked([]), gc.is_tracked(()), gc.is_tracked(1), gc.is_tracked('s'))
print(gc.is_tracked({}), gc.is_tracked({'a': []}), gc.is_tracked(set()), gc.is_tracked(iter([])))
print(gc.is_tracked(gc), gc.is_tracked(len), gc.is_tracked(int), gc.is_tracked(None))
print(gc.is_finalized([]), gc.is_finalized(1))
x = 'x'
tt = (x, 'a')
print(gc.is_tracked(tt), end=' ')
gc.collect(0)
print(gc.is_tracked(tt))
nested = (x, (x, 2))
gc.collect(); print(gc.is_tracked(nested), gc.is_tracked(nested[1]))
gc.collect(); print(gc.is_tracked(nested), gc.is_tracked(nested[1]))
gc.enable()
