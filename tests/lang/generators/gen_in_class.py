# Generators as methods, __iter__ written as a generator, and generators holding self.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        for n in self:
            if n % 2 == 0:
                yield n
    @staticmethod
    def static_gen(k):
        yield from range(k)
    @classmethod
    def class_gen(cls):
        yield cls.__name__

c = Countdown(5)
print(list(c), list(c))
print(list(c.evens()))
print(list(Countdown.static_gen(3)), list(Countdown.class_gen()))
g = c.evens()
print(g.__name__, g.__qualname__)
print(sum(Countdown(10)))
a, b, *rest = Countdown(4)
print(a, b, rest)
print(3 in Countdown(5), 9 in Countdown(5))

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t))

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False

def using(name):
    with Resource(name) as r:
        yield r.name
        yield r.name + '!'

g = using('r1')
print(next(g))
del g
print('after del')
g = using('r2')
print(list(g))
g = using('r3')
next(g)
g.close()
g = using('r4')
next(g)
try:
    g.throw(ValueError('into with'))
except ValueError as e:
    print('propagated', e)

class Node:
    def __init__(self):
        self.gen = self.run()
    def run(self):
        try:
            yield self
        finally:
            print('Node.run finally')
n = Node()
print(next(n.gen) is n)
