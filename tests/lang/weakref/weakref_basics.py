# weakref.ref: sharing, counts, order of getweakrefs, callbacks on refcount death, errors.
import weakref
def f(): pass
r1 = weakref.ref(f)
r2 = weakref.ref(f)
print(r1 is r2, r1() is f, weakref.getweakrefcount(f))
log = []
c1 = weakref.ref(f, lambda r: log.append(('c1', r() is None)))
c2 = weakref.ref(f, lambda r: log.append(('c2', r is c2)))
p = weakref.proxy(f)
print(c1 is not c2, weakref.getweakrefcount(f))
order = weakref.getweakrefs(f)
print([x is r1 for x in order], [x is p for x in order], [x is c2 for x in order], [x is c1 for x in order])
print(r1.__callback__, c1.__callback__ is not None)
print(type(r1).__name__, type(p).__name__, type(weakref.proxy({1})).__name__, weakref.ref is weakref.ReferenceType)
print(repr(r1).startswith('<weakref at 0x'), "to 'function' at 0x" in repr(r1), repr(r1).endswith('(f)>'))
del f
print(log, r1(), c1(), repr(r1).endswith('; dead>'))
s = frozenset([1, 2])
rs = weakref.ref(s)
print(hash(rs) == hash(s), rs == weakref.ref(s), rs != weakref.ref(s))
t = frozenset([1, 2])
print(rs == weakref.ref(t), weakref.ref(t) is rs)
del s
try:
    hash(weakref.ref(t, print)) ; print('hash of live ok')
except TypeError as e:
    print(e)
dead = weakref.ref({3}.copy())
print(dead())
try:
    hash(dead)
except TypeError as e:
    print('TypeError:', e)
for obj in ([], {}, (), 1, 'a', None, iter([])):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print('TypeError:', e)
def g(): pass
for args in ((), (g, None, 1)):
    try:
        weakref.ref(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    weakref.ref(g)(1)
except TypeError as e:
    print('TypeError:', e)
print(weakref.ref(g, None).__callback__, weakref.ref(g, None) is weakref.ref(g))
print(weakref.getweakrefcount(1), weakref.getweakrefs('x'))
