# DEBUG_SAVEALL and gc.garbage (the collector keeps its own list).
import gc
gc.disable(); gc.collect()
print(gc.garbage, gc.get_debug(), gc.DEBUG_LEAK)
l = [1]; l.append(l); del l
gc.set_debug(gc.DEBUG_SAVEALL)
print('collect', gc.collect())
gc.set_debug(0)
print('garbage', gc.garbage)
gc.garbage.clear()
a = ['a']; b = ['b', a]; a.append(b); del a, b
gc.set_debug(gc.DEBUG_SAVEALL)
print('collect', gc.collect(), len(gc.garbage))
print('collect again', gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print('freed after clearing', gc.collect())
old = gc.garbage
gc.garbage = []
l = [2]; l.append(l); del l
gc.set_debug(gc.DEBUG_SAVEALL)
gc.collect()
gc.set_debug(0)
print('module attribute', gc.garbage, 'collector list', len(old))
old.clear()
gc.collect()
gc.set_debug(-1); print(gc.get_debug()); gc.set_debug(0)
gc.enable()
