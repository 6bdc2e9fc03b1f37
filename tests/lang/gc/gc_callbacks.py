# gc.callbacks: phases, the shared info dict, nested collect, errors, rebinding.
import gc
gc.disable(); gc.collect()
log = []
infos = []
def cb(phase, info):
    log.append((phase, info['generation'], info['collected'], info['uncollectable']))
    infos.append(info)
    log.append(('nested', gc.collect()))
def cb2(phase, info):
    infos.append(info)
gc.callbacks.append(cb)
gc.callbacks.append(cb2)
a = []; a.append(a); del a
print(gc.collect(0))
print(log)
print(infos[0] is infos[1], infos[1] is infos[2], sorted(infos[0]))
gc.callbacks.clear()
def bad(phase, info):
    raise ValueError('boom')
gc.callbacks.append(bad)
gc.callbacks.append(42)
a = []; a.append(a); del a
print('collect with failing callbacks', gc.collect())
gc.callbacks.clear()
old = gc.callbacks
gc.callbacks = []
gc.callbacks.append(cb)
log.clear()
gc.collect()
print('rebound list is ignored', log)
old.append(cb)
gc.collect()
print('original list still used', [e[0] for e in log])
old.clear()
gc.enable()
