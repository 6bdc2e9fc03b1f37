# sys.getrefcount of what generator expressions, *args/**kwargs and closures in generators hold.
import sys
lst = [1, 2, 3]
g = (x for x in lst)
print(sys.getrefcount(lst))
next(g)
print(sys.getrefcount(lst))
del g
print(sys.getrefcount(lst))
def f(a, *args, **kw):
    yield a
o = object()
g = f(o, o, k=o)
print(sys.getrefcount(o))
next(g)
print(sys.getrefcount(o))
g.close()
print(sys.getrefcount(o))
def outer(x):
    def inner():
        return x
    yield inner
g = outer(o)
print(sys.getrefcount(o))
i = next(g)
del g
print(sys.getrefcount(o))
del i
print(sys.getrefcount(o))
print(sys.getrefcount(f))
g = f(1)
print(sys.getrefcount(f))
