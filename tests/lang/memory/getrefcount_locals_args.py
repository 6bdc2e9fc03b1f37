# Reference counts of arguments, locals and loop variables (CPython's exact values).
import sys
x = []
print(sys.getrefcount(x))
def f(a):
    return sys.getrefcount(a)
print(f(x))
def g():
    y = []
    return sys.getrefcount(y)
print(g())
for item in [x]:
    print(sys.getrefcount(item))
class C:
    def __init__(self, v):
        self.v = v
c = C(x)
print(sys.getrefcount(x))
c2 = C(x)
print(sys.getrefcount(x))
del c
print(sys.getrefcount(x))
c2.v = None
print(sys.getrefcount(x))
print(sys.getrefcount(C))
