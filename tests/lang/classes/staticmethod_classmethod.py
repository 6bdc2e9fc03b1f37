# @staticmethod and @classmethod through classes, instances and subclasses.
class Counter:
    count = 0
    def __init__(self):
        Counter.bump()
    @staticmethod
    def bump():
        Counter.count += 1
    @classmethod
    def create(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def name(cls):
        return cls.__name__
class Sub(Counter):
    pass
Counter.create(2)
Sub.create(3)
print(Counter.count, Sub.count)
print(Counter.name(), Sub.name(), Sub().name())
print(type(Sub.create(1)[0]).__name__)
sm = Counter.__dict__['bump']
cm = Counter.__dict__['create']
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__ is Counter.bump, cm.__func__.__name__)
def plain(x):
    return x * 2
s = staticmethod(plain)
print(s(21))
class K:
    f = staticmethod(plain)
    g = classmethod(lambda cls, y: (cls.__name__, y))
print(K.f(2), K().f(3), K.g(4), K().g(5))
print(Counter.create.__self__ is Counter, Sub.create.__func__ is Counter.create.__func__)
