# Weakrefs and the collector: cleared before anything else, callbacks only
# for weakrefs that survive, freed callback weakrefs counted.
import gc, weakref
gc.disable(); gc.collect()
def make_cycle(name):
    def f(): pass
    f.me = f
    f.name = name
    return f
x = make_cycle('x')
wr = weakref.ref(x, lambda r: print('callback ran, referent', r()))
del x
print('collect', gc.collect(), wr())
a = make_cycle('a'); b = make_cycle('b')
a.other = b; b.other = a
a.wr = weakref.ref(b, lambda r: print('must not run'))
del a, b
print('weakref inside the garbage', gc.collect())
holder = {}
x = make_cycle('x2')
holder['w'] = weakref.ref(x, lambda r: holder.pop('w'))
del x
print('callback frees its own weakref', gc.collect(), holder)
x = make_cycle('x3')
log = []
w1 = weakref.ref(x, lambda r: log.append('first made'))
w2 = weakref.ref(x, lambda r: log.append('second made'))
del x
gc.collect()
print(log)
s = {1}
log.clear()
w3 = weakref.ref(s, lambda r: log.append('set died'))
del s
print('refcount path', log, w3())
