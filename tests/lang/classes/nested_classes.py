# Classes defined inside classes and functions; closures over class names.
class Outer:
    class Inner:
        value = 'inner'
        def get(self):
            return self.value
    def make(self):
        return Outer.Inner()
print(Outer().make().get(), Outer.Inner.__qualname__)
def factory(base, label):
    class Made(base):
        def describe(self):
            return f'{label}:{type(self).__name__}'
    return Made
M1 = factory(object, 'one')
M2 = factory(M1, 'two')
print(M1().describe(), M2().describe(), M1 is M2, issubclass(M2, M1))
print(M1.__qualname__)
def counter_class():
    count = 0
    class C:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return C
C = counter_class()
c1, c2 = C(), C()
print(c1.inc(), c2.inc(), c1.inc())
