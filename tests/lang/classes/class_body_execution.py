# The class body runs once, top to bottom, when the class statement executes.
print('before')
class A:
    print('in body')
    x = 1
    for i in range(3):
        x += i
    del i
    if x > 2:
        big = True
    else:
        big = False
    def f(self):
        return self.x
    print('body done', x)
print('after', A.x, A.big, A().f(), hasattr(A, 'i'))
class B:
    try:
        y = 1 / 0
    except ZeroDivisionError:
        y = 'caught'
print(B.y)
def k():
    return 'module function'
class C:
    z = k()
    w = [n * 2 for n in range(3)]
print(C.z, C.w)
