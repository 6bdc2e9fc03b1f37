# Class attributes are shared; mutable class attributes are a classic pitfall.
class Bag:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items, a.count, b.count, Bag.count)
class Fixed:
    def __init__(self):
        self.items = []
f, g = Fixed(), Fixed()
f.items.append(1)
print(f.items, g.items)
class Registry:
    registry = {}
    def __init__(self, name):
        Registry.registry[name] = self
        self.name = name
Registry('a'); Registry('b')
print(sorted(Registry.registry))
class Const:
    PI = 3.14
    E = 2.72
    NAMES = [n for n in ('PI', 'E')]
print(Const.PI, Const().E, Const.NAMES)
class Scope:
    x = 10
    y = x * 2
    def get(self):
        try:
            return x
        except NameError as e:
            return 'NameError: ' + str(e)
print(Scope.y, Scope().get())
