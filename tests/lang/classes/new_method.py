# __new__: returning other objects, singletons, immutable subclasses, __init__ skipping.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print('creating')
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print('init', v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Weird:
    def __new__(cls):
        return [1, 2]
    def __init__(self):
        print('never')
print(Weird())
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper('abc')
print(u, type(u).__name__, isinstance(u, str), u + 'd')
class Even(int):
    def __new__(cls, v):
        return int.__new__(cls, v - v % 2)
print(Even(7), Even(8) + 1, type(Even(3)).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
print(Pair(1, 2), Pair(1, 2).swap(), len(Pair(3, 4)))
try:
    object.__new__(Singleton, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    int.__new__(str)
except TypeError as e:
    print('TypeError:', e)
