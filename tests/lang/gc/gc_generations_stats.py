# Generations, counts, get_stats deltas, get_objects per generation, freeze.
import gc
gc.disable(); gc.collect()
def where(o):
    return [any([x is o for x in gc.get_objects(g)]) for g in range(3)]
x = []
print('new', where(x))
gc.collect(0); print('after collect(0)', where(x), gc.get_count()[1:])
gc.collect(1); print('after collect(1)', where(x), gc.get_count()[1:])
gc.collect(0); gc.collect(0); print('two collect(0)', gc.get_count()[1:])
gc.collect(); print('after collect()', where(x), gc.get_count()[1:])
before = [dict(s) for s in gc.get_stats()]
for i in range(10):
    c = [i]; c.append(c)
del c
print('collect(1) ->', gc.collect(1))
after = gc.get_stats()
for g in range(3):
    print(g, [after[g][k] - before[g][k] for k in ('collections', 'collected', 'uncollectable')])
print(gc.get_objects(None) is not None, gc.get_objects(-1) == gc.get_objects())
print([type(o).__name__ for o in gc.get_objects(1)])
a = []; b = [a]; a.append(b)
gc.collect(0)
c = []; c.append(b); b.append(c)
del a, b, c
print('cross generation', gc.collect(0), gc.collect(0), gc.collect(1))
gc.collect()
f = []; f.append(f)
gc.freeze()
print('frozen', gc.get_count(), gc.get_freeze_count() > 0, gc.is_tracked(f))
del f
print('frozen cycle kept', gc.collect())
n = []; n.append(n); del n
print('new cycle', gc.collect())
gc.unfreeze()
print('unfrozen', gc.get_freeze_count(), gc.collect())
gc.enable()
