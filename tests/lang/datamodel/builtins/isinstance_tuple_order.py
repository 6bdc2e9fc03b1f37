# isinstance/issubclass: tuples searched in order (the first match wins before a bad entry),
# nested tuples, and the argument errors in CPython's order.
class Base: pass
class Derived(Base): pass
print(isinstance(Derived(), (int, (str, Base))), isinstance(3, (Base, int)), isinstance(3, (int, 'x')))
print(issubclass(bool, (int, 5)), issubclass(Derived, ((), (Base,))), issubclass(int, (str, Base, int)))
for f in [lambda: isinstance(3, ('x', int)), lambda: issubclass(3, 3), lambda: issubclass(int, (str, 3)),
          lambda: issubclass(3, Base), lambda: isinstance(1, [int]), lambda: issubclass(Base, Derived()),
          lambda: isinstance(1, ((str,), None)), lambda: issubclass(int, ())]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
