# User descriptors: data vs non-data, __set_name__, access through the class.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}')
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('delete', self.name)
        del obj.__dict__[self.name]
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('Ann', 30)
print(p.name, p.age, isinstance(Person.name, Typed))
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError:', e)
del p.age
print(p.age)
class Lazy:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        setattr(obj, self.func.__name__, value)
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print('computing')
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, 'area' in vars(c))
