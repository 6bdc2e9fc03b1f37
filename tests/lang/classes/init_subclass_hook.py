# __init_subclass__ runs for each new subclass and receives the class keywords.
class Plugin:
    registry = []
    def __init_subclass__(cls, kind='default', **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Plugin.registry.append(cls.__name__)
class A(Plugin): pass
class B(Plugin, kind='special'): pass
class C(B): pass
print(Plugin.registry, A.kind, B.kind, C.kind)
try:
    class D(kind=1): pass
except TypeError as e:
    print('TypeError:', e)
