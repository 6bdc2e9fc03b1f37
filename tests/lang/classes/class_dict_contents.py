# What a class's __dict__ holds: the body's names, __module__, __doc__, __dict__, __weakref__.
class A:
    x = 1
    def f(self):
        pass
print(list(A.__dict__))
class B(A):
    """doc"""
    y = 2
print(list(B.__dict__))
class E(Exception):
    pass
print(list(E.__dict__))
class S:
    __slots__ = ('a',)
print(list(S.__dict__))
class L(list):
    pass
print(list(L.__dict__))
class H:
    def __eq__(self, o):
        return True
print(list(H.__dict__), H.__dict__['__hash__'])
print(A.__dict__['x'], type(A.__dict__['f']).__name__, repr(A.__dict__['__dict__']))
