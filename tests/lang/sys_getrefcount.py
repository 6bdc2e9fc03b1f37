# sys.getrefcount of fresh lists and dicts, as the seed programs use it.
import sys
a = [1, 2, 3]
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a]
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
d = {'k': a}
print(sys.getrefcount(a))
d['k'] = None
print(sys.getrefcount(a))
e = {}
print(sys.getrefcount(e))
holder = [e, e, e]
print(sys.getrefcount(e))
holder.pop()
print(sys.getrefcount(e))
holder = None
print(sys.getrefcount(e))
print(sys.getrefcount([]))
