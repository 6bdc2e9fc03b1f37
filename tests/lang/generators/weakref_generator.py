# Generators can be weakly referenced; the reference dies with the generator.
import weakref

def gen():
    try:
        yield 1
    finally:
        print('gen finally')

g = gen()
r = weakref.ref(g)
print(r() is g)
next(g)
def callback(ref):
    print('callback, referent gone:', ref() is None)
r2 = weakref.ref(g, callback)
del g
print('after del:', r(), r2())

g = gen()
r = weakref.ref(g)
list(g)
print('exhausted still referenced:', r() is g)
del g
print(r())
