# isinstance/issubclass with tuples, nested tuples, bool/int, object and user classes.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(isinstance(b, (C, (int, (A,)))), isinstance(b, ()), issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), issubclass(int, object))
print(isinstance(1.0, (int, float)), isinstance('s', str), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(type, object))
print(isinstance([], list), isinstance((), list), isinstance({}, dict), isinstance(range(1), range))
print(issubclass(B, B), issubclass(object, A), isinstance(A, type), isinstance(A(), type))
for f in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1),
          lambda: isinstance(1, (int, 2)), lambda: isinstance(1), lambda: issubclass(B, [A])]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
