# sys.getrefcount inside methods and through bound methods and attributes.
import sys
class M:
    def meth(self):
        return sys.getrefcount(self)
    def meth2(self, other):
        return sys.getrefcount(other)
m = M()
print(sys.getrefcount(m))
print(m.meth())
bm = m.meth
print(sys.getrefcount(m))
del bm
print(sys.getrefcount(m))
obj = []
m.attr = obj
print(sys.getrefcount(obj))
m.attr2 = obj
print(sys.getrefcount(obj))
del m.attr
print(sys.getrefcount(obj))
print(m.meth2(obj))
l = [m, m]
print(sys.getrefcount(m))
l.clear()
print(sys.getrefcount(m))
print(sys.getrefcount(M()))
class S:
    __slots__ = ('v',)
s = S()
s.v = obj
print(sys.getrefcount(obj))
del s
print(sys.getrefcount(obj))
