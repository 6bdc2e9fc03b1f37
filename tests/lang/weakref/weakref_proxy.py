# weakref.proxy: forwarding, callable proxies, ReferenceError once dead.
import weakref
s = {1, 2, 3}
p = weakref.proxy(s)
print(len(p), 2 in p, sorted(p), p == {1, 2, 3}, p | {4} == {1, 2, 3, 4})
p.add(4)
print(len(s), weakref.proxy(s) is p, weakref.getweakrefcount(s))
def f(x): return x * 2
fp = weakref.proxy(f)
print(fp(21), fp.__name__, type(fp).__name__, callable(fp))
print(repr(p).startswith('<weakproxy at 0x'), " to set at 0x" in repr(p), " to function at 0x" in repr(fp))
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
try:
    p()
except TypeError as e:
    print('TypeError')
log = []
q = weakref.proxy(s, lambda r: log.append('proxy callback'))
del s
print(log)
for op in (lambda: len(p), lambda: p.add(1), lambda: 1 in p, lambda: str(p)):
    try:
        op()
    except ReferenceError as e:
        print('ReferenceError:', e)
del f
try:
    fp(1)
except ReferenceError as e:
    print('ReferenceError:', e)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
