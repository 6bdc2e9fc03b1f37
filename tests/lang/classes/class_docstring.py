# __doc__ of classes, methods and instances.
class A:
    """Class A docs."""
    def f(self):
        """f docs"""
class B:
    pass
class C(A):
    pass
print(A.__doc__)
print(A().__doc__)
print(A.f.__doc__)
print(B.__doc__)
print(C.__doc__)
A.__doc__ = 'changed'
print(A.__doc__)
