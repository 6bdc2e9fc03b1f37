# What gc.collect() returns for cycles of builtin containers, functions and closures.
import gc
gc.disable(); gc.collect()
a = []; a.append(a)
print('bound self-cycle', gc.collect())
del a
print('list self-cycle', gc.collect(), gc.collect())
d = {}; d[1] = d; del d
print('dict self-cycle', gc.collect())
l = []; t = (l,); l.append(t); del l, t
print('tuple and list', gc.collect())
a = []; b = [a]; a.append(b); del a, b
print('two lists', gc.collect())
def f(): pass
f.me = f; del f
print('function and its __dict__', gc.collect())
def outer():
    def inner(): return inner
    return inner
g = outer(); del g
print('recursive closure', gc.collect())
for i in range(100):
    x = [i]; x.append(x)
del x
print('100 cycles', gc.collect())
a = []; b = [a]; a.append(b); a.append([1, 2, [3]]); a.append({'k': [4]}); a.append('str'); a.append((1, 2))
del a, b
print('cycle with things hanging off it', gc.collect())
keep = [[i] for i in range(50)]
print('live data', gc.collect(), len(keep))
s = {1, 2}; fl = [s]; fl.append(fl); del s, fl
print('list cycle holding a set', gc.collect())
d = {'a': [1]}; d['self'] = [d]; del d
print('dict and list', gc.collect())
it = iter([]); l = [it]; del it
print('no cycle', gc.collect()); del l
print('counts after collect', gc.get_count())
gc.enable()
