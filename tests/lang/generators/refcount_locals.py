# A suspended generator holds exactly its frame's references (sys.getrefcount).
import sys

def gen(x):
    yield x
    yield 2

a = object()
print('alone', sys.getrefcount(a))
g = gen(a)
print('unstarted', sys.getrefcount(a))
next(g)
print('suspended', sys.getrefcount(a))
next(g)
print('after second yield', sys.getrefcount(a))
list(g)
print('exhausted', sys.getrefcount(a))
del g
print('deleted', sys.getrefcount(a))

g = gen(a)
next(g)
g.close()
print('closed', sys.getrefcount(a))
del g

g = gen(a)
print('unstarted again', sys.getrefcount(a))
del g
print('unstarted deleted', sys.getrefcount(a))

def holds_two(x):
    y = x
    yield y
g = holds_two(a)
next(g)
print('two locals', sys.getrefcount(a))
g.close()
print('released', sys.getrefcount(a))

def on_stack(x):
    yield [x, (yield x)]
g = on_stack(a)
next(g)
print('stack + local', sys.getrefcount(a))
g.send(None)
del g
print('stack released', sys.getrefcount(a))

big = [0] * 1000
def keep(data):
    for item in data:
        yield item
g = keep(big)
print(sys.getrefcount(big))
next(g)
print(sys.getrefcount(big))
for _ in g:
    pass
print(sys.getrefcount(big))
