# Generators that close over variables, and closures created inside generators.
def counter(start):
    count = start
    def bump():
        nonlocal count
        count += 1
    while True:
        bump()
        yield count

c = counter(10)
print(next(c), next(c), next(c))

def make_gens():
    factor = 2
    def scaled(items):
        for x in items:
            yield x * factor
    first = scaled([1, 2])
    factor = 3
    return first, scaled([1, 2])
a, b = make_gens()
print(list(a), list(b))

def adders():
    for i in range(3):
        yield lambda x, i=i: x + i
print([f(10) for f in adders()])

def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
        yield fns
g = late_binding()
fns = next(g)
print([f() for f in fns])
next(g)
print([f() for f in fns])

def outer():
    shared = []
    def producer():
        for i in range(3):
            shared.append(i)
            yield i
    def reader():
        while True:
            yield list(shared)
    return producer(), reader()
p, r = outer()
print(next(r))
next(p); next(p)
print(next(r))
list(p)
print(next(r))

def gen_with_cell(x):
    def get():
        return x
    yield get()
    x = 'changed'
    yield get()
print(list(gen_with_cell('orig')))
