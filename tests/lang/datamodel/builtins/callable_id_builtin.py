# callable() on everything; id() is stable for one object and differs for live objects.
class C:
    def __call__(self):
        return 1
class N:
    pass
def f():
    pass
for x in [f, len, C, C(), N, N(), 5, 'abc', [], lambda: 0, print, int, type, None, [].append]:
    print(type(x).__name__, callable(x))
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), a == b, a is not b, type(id(a)).__name__)
c = a
print(id(c) == id(a), id(None) == id(None), id(5) == id(5))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
