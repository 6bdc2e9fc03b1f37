# property() called directly, without a getter, inherited and overridden.
class A:
    def _get(self):
        return 'got'
    def _set(self, v):
        print('set', v)
    x = property(_get, _set, None, 'x doc')
    w = property(fset=_set)
    r = property(lambda self: 'lambda')
class B(A):
    @property
    def r(self):
        return 'B.r'
a = A()
print(a.x, A.x.__doc__, a.r)
a.x = 3
a.w = 4
try:
    a.w
except AttributeError as e:
    print('AttributeError:', e)
print(B().r, B().x)
p = property()
print(p.fget, p.fset, p.fdel)
class C:
    v = property(lambda self: self.__dict__.get('v2', 0))
c = C()
try:
    c.v = 1
except AttributeError as e:
    print('AttributeError:', e)
c.__dict__['v'] = 'instance'
print(c.v)
