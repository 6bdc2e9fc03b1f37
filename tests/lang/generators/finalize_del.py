# Deleting a suspended generator runs its finally blocks at once; an unstarted one runs nothing.
def gen(tag):
    print('start', tag)
    try:
        yield 1
        yield 2
    finally:
        print('finally', tag)

g = gen('suspended')
next(g)
print('before del')
del g
print('after del')

g = gen('unstarted')
del g
print('after unstarted del')

g = gen('rebound')
next(g)
g = None
print('after rebind')

def consumer():
    for x in gen('loop break'):
        print('got', x)
        break
    print('loop done')
consumer()

def nested():
    try:
        try:
            yield 'a'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
g = nested()
next(g)
del g
print('nested done')

items = [gen(i) for i in range(3)]
for it in items:
    next(it)
print('clearing list')
items.clear()
print('cleared')

def catches():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen at del')
        raise
g = catches(); next(g); del g

def local_dies(tag):
    data = [tag]
    yield data
    print('never')
g = local_dies('x')
r = next(g)
del g
print('value kept by caller', r)
