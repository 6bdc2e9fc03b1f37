# Bound and unbound methods: __self__, __func__, equality, calling through the class.
class A:
    def m(self, x=1):
        return ('m', x)
a = A()
bm = a.m
print(bm(), bm(5), A.m(a, 2), bm.__self__ is a, bm.__func__ is A.m)
print(a.m == a.m, a.m == A().m, a.m is a.m, repr(bm).startswith('<bound method A.m of <__main__.A object'))
f = A.m
print(f(a), type(bm).__name__, type(f).__name__)
methods = [a.m, A().m]
print([m(3) for m in methods])
class B:
    def __init__(self):
        self.handler = self.handle
    def handle(self):
        return 'handled'
print(B().handler())
a.m = lambda: 'instance attr wins'
print(a.m(), A().m())
del a.m
print(a.m())
def free(self):
    return 'free function as method'
A.free = free
print(a.free(), A.free(a))
