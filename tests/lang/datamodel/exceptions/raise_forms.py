# raise with a class, an instance, re-raising, raising non-exceptions (TypeError).
def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), e.args)
def r1():
    raise ValueError
def r2():
    raise ValueError('x')
def r3():
    raise 5
def r4():
    raise 'string'
def r5():
    raise int
def r6():
    raise ValueError from None
def r7():
    e = KeyError('saved')
    raise e
def r8():
    raise StopIteration
def r9():
    raise SystemExit(3)
def r10():
    raise Exception
for f in (r1, r2, r3, r4, r5, r6, r7, r8, r9, r10):
    attempt(f)
saved = []
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as e:
        saved.append(e)
print([repr(s) for s in saved])
try:
    raise saved[0]
except IndexError as e:
    print('again', e, e is saved[0])
