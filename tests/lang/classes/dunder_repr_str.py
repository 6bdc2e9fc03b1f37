# __repr__ and __str__ used by print, str(), repr(), f-strings and containers.
class A:
    def __repr__(self):
        return 'A()'
class B:
    def __str__(self):
        return 'B as str'
class C:
    def __repr__(self):
        return 'C-repr'
    def __str__(self):
        return 'C-str'
print(A(), str(A()), repr(A()), [A()], f'{A()!r} {A()}')
print(B(), [B()][0] is not None, repr(B()).startswith('<__main__.B object'))
print(C(), repr(C()), [C(), C()], (C(),), {'k': C()}, f'{C()} {C()!r}')
print('%s %r' % (C(), C()), '{} {!r}'.format(C(), C()))
class Bad:
    def __repr__(self):
        return 42
try:
    repr(Bad())
except TypeError as e:
    print('TypeError:', e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
class Sub(C):
    pass
print(Sub(), repr(Sub()))
