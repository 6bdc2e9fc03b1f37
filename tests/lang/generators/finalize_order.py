# The order finally blocks run when chained generators are released.
def stage(name, source):
    try:
        for x in source:
            yield x
    finally:
        print('finally', name)

def numbers():
    try:
        yield from range(10)
    finally:
        print('finally numbers')

pipe = stage('outer', stage('middle', numbers()))
print(next(pipe), next(pipe))
print('deleting pipeline')
del pipe
print('deleted')

gens = []
for name in 'abc':
    g = stage(name, numbers())
    next(g)
    gens.append(g)
del g
print('popping')
gens.pop()
print('deleting list')
del gens
print('done')

def holder():
    inner = stage('held', numbers())
    next(inner)
    try:
        yield 'holding'
    finally:
        print('holder finally (inner still alive)')
h = holder()
next(h)
h = 'replaced'
print('end')
