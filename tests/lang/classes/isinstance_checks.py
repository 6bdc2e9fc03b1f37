# isinstance/issubclass with user classes, tuples of classes and builtin bases.
class A: pass
class B(A): pass
class C: pass
class MyInt(int): pass
class MyErr(KeyError): pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, B), issubclass(B, (C, (A,))))
print(isinstance(MyInt(1), int), isinstance(MyInt(1), MyInt), isinstance(1, MyInt))
print(issubclass(MyErr, LookupError), issubclass(MyErr, Exception), issubclass(MyErr, ValueError))
print(isinstance(A, type), isinstance(A(), type), issubclass(type, object), isinstance(type, type))
try:
    isinstance(b, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(b, A)
except TypeError as e:
    print('TypeError:', e)
print(type(b) == B, type(b) is A, B.__base__ is A)
