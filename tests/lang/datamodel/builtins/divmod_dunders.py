# divmod(): __divmod__/__rdivmod__ (a subclass's reflected method first), ints, floats and errors.
class A:
    def __divmod__(self, o): return ('A', o)
    def __rdivmod__(self, o): return ('rA', o)
class B(A):
    def __rdivmod__(self, o): return ('rB', o)
class C:
    def __floordiv__(self, o): return 1
    def __mod__(self, o): return 2
print(divmod(A(), 1), divmod(1, A()), divmod(A(), B())[0], divmod(7, 2), divmod(7.5, 2), divmod(True, 2))
for a, b in [(C(), 1), (1, 0), (1.0, 0), (1, 0.0), ('a', 1)]:
    try: print(divmod(a, b))
    except Exception as e: print(type(e).__name__, e)
