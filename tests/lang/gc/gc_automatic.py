# Automatic collections: the threshold schedule, disable(), threshold 0.
import gc
gc.collect()
gc.freeze()
gc.collect()
seq = []
def cb(phase, info):
    if phase == 'start':
        seq.append(info['generation'])
gc.callbacks.append(cb)
gc.set_threshold(5, 3, 2)
keep = [[] for _ in range(400)]
print(''.join(map(str, seq[:32])))
seq.clear()
gc.disable()
more = [[] for _ in range(2000)]
print('disabled', len(seq), gc.isenabled())
gc.enable()
gc.set_threshold(0)
more2 = [[] for _ in range(2000)]
print('threshold 0', len(seq))
gc.set_threshold(10)
a = []; a.append(a); del a
more3 = [[] for _ in range(100)]
print('automatic collections ran', len(seq) > 0)
gc.set_threshold(700, 10, 10)
gc.callbacks.remove(cb)
gc.unfreeze()
print(gc.get_threshold())
