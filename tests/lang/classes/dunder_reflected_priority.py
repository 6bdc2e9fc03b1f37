# Reflected operands: subclasses first, NotImplemented fallbacks, error messages.
class Base:
    def __add__(self, o):
        return 'Base.add'
    def __radd__(self, o):
        return 'Base.radd'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.radd'
print(Base() + Derived())
print(Derived() + Base())
print(1 + Base(), Base() + 1)
class Only:
    def __add__(self, o):
        return NotImplemented
class R:
    def __radd__(self, o):
        return 'R.radd with ' + type(o).__name__
print(Only() + R())
try:
    Only() + 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 - Only()
except TypeError as e:
    print('TypeError:', e)
class Foo:
    pass
for expr in ['Foo() + 1', 'Foo() * Foo()', '2 ** Foo()', 'Foo() @ 1', '-Foo()', '~Foo()', 'abs(Foo())']:
    try:
        eval_result = None
        if expr == 'Foo() + 1': Foo() + 1
        elif expr == 'Foo() * Foo()': Foo() * Foo()
        elif expr == '2 ** Foo()': 2 ** Foo()
        elif expr == 'Foo() @ 1': Foo() @ 1
        elif expr == '-Foo()': -Foo()
        elif expr == '~Foo()': ~Foo()
        else: abs(Foo())
    except TypeError as e:
        print('TypeError:', e)
class IntLike(int):
    def __radd__(self, o):
        return 'IntLike.radd'
print(1 + IntLike(2), IntLike(2) + 1)
