# super() forms: two-argument, classmethods, captured self, errors.
class A:
    def f(self):
        return 'A.f'
    @classmethod
    def make(cls):
        return 'A.make for ' + cls.__name__
    @staticmethod
    def st():
        return 'A.st'
class B(A):
    def f(self):
        inner = lambda: super(B, self).f()
        return 'B.f/' + inner()
    @classmethod
    def make(cls):
        return 'B.make/' + super().make()
    def g(self):
        def closure():
            return self
        return super().f() + ' ' + str(closure() is self)
    def st_call(self):
        return super().st()
b = B()
print(b.f(), B.make(), b.g(), b.st_call())
print(super(B, B).make())
print(type(super(B, b)).__name__)
try:
    super()
except RuntimeError as e:
    print('RuntimeError:', e)
def outside(x):
    return super()
try:
    outside(1)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    super(B, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    super(B, b).nothing
except AttributeError as e:
    print('AttributeError:', e)
