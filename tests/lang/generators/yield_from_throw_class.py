# throw() delegated by yield from to an iterator object with a throw() method.
class Thrower:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *args):
        print('Thrower.throw got', len(args), 'args', args[0].__name__ if isinstance(args[0], type) else repr(args[0]))
        raise StopIteration('thrower done')

def outer3():
    r = yield from Thrower()
    print('outer3 got', r)
    yield 'outer3 end'
g = outer3()
print(next(g), next(g))
print(g.throw(IndexError))
