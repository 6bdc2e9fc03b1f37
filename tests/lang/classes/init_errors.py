# Errors when calling classes: argument counts, __init__ returning a value.
class NoInit:
    pass
class Two:
    def __init__(self, a, b):
        self.a = a
class Kw:
    def __init__(self, *, key):
        self.key = key
class Ret:
    def __init__(self):
        return 5
tests = [
    lambda: NoInit(1),
    lambda: NoInit(x=1),
    lambda: Two(1),
    lambda: Two(1, 2, 3),
    lambda: Two(1, c=3),
    lambda: Kw(1),
    lambda: Kw(),
    lambda: Ret(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
print(Two(b=2, a=1).a, Kw(key='k').key)
class SuperArgs:
    def __init__(self, x):
        super().__init__(x)
try:
    SuperArgs(1)
except TypeError as e:
    print('TypeError:', e)
