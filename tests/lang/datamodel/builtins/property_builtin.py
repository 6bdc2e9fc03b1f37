# property() as a decorator and as a function, with getter, setter, deleter and doc.
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = 0.0
    def _get_f(self):
        return self._c * 9 / 5 + 32
    fahrenheit = property(_get_f, doc='read only')
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, type(Temp.celsius).__name__, Temp.fahrenheit.__doc__)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
p = property(lambda self: 42)
print(p.fget is not None, p.fset, p.fdel)
