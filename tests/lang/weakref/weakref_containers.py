# WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize with functions
# as the weakly held objects.
import gc, weakref
gc.disable(); gc.collect()
def make(name):
    def f(): return name
    f.label = name
    return f
a, b, c = make('a'), make('b'), make('c')
d = weakref.WeakValueDictionary()
d['a'] = a; d['b'] = b; d[3] = c
print(len(d), d['a'] is a, 'b' in d, 'z' in d, d.get('z', 'dflt'), sorted(map(str, d)))
del b
print(len(d), 'b' in d, sorted(map(str, d.keys())))
try:
    d['b']
except KeyError as e:
    print('KeyError', e)
cyc = make('cyc'); cyc.me = cyc
d['cyc'] = cyc
del cyc
print('value in a cycle', gc.collect(), sorted(map(str, d)))
print(d.pop('a') is a, len(d), d.setdefault('n', c) is c, [v.label for k, v in sorted(d.items(), key=str)])
d2 = weakref.WeakValueDictionary({'x': a}, y=c)
print(sorted(d2), len(d2.copy()))
k = weakref.WeakKeyDictionary()
k[a] = 1; k[c] = 2
print(len(k), k[a], a in k, 1 in k, sorted(k.values()))
del a
print(len(k), list(k.values()))
try:
    k[[]] = 1
except TypeError as e:
    print('TypeError:', e)
ws = weakref.WeakSet()
x, y = make('x'), make('y')
ws.add(x); ws.add(y); ws.add(x)
print(len(ws), x in ws, 5 in ws, sorted([f.label for f in ws]))
del x
print(len(ws), [f.label for f in ws])
ws.discard(y)
print(len(ws))
log = []
z = make('z')
fin = weakref.finalize(z, log.append, 'finalized z')
print(fin.alive, fin.peek()[0] is z, fin.peek()[2])
del z
print(log, fin.alive, fin.peek(), fin())
w = make('w')
fin2 = weakref.finalize(w, lambda *a, **k: log.append((a, k)), 1, 2, key='v')
print(fin2(), fin2.alive, fin2(), log[-1])
w2 = make('w2')
fin3 = weakref.finalize(w2, log.append, 'never')
print(fin3.detach()[0] is w2, fin3.alive, fin3.detach())
del w2
print(log[-1])
