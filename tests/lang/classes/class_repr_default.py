# Default reprs of classes and instances; __name__, __qualname__, __module__.
class A:
    pass
class Outer:
    class Inner:
        pass
    def method(self):
        pass
print(A)
print(Outer.Inner)
print(repr(A()).startswith('<__main__.A object at 0x'))
print(repr(Outer.Inner()).startswith('<__main__.Outer.Inner object at 0x'))
print(A.__name__, A.__qualname__, A.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.method.__qualname__, Outer.method.__name__)
print(type(A()) is A, type(A) is type, type(type))
a0 = A()
print(str(a0) == repr(a0))
print(A().__class__ is A, A().__class__.__name__)
def make():
    class Local:
        pass
    return Local
L = make()
print(L.__qualname__, L)
