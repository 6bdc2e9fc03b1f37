# Generator expressions in a class body: only the first iterable sees class names.
class Config:
    names = ['a', 'b', 'c']
    upper = list(n.upper() for n in names)
    pairs = [(n, i) for i, n in enumerate(names)]
    try:
        bad = list(n for n in range(2) if n in names)
    except NameError as e:
        error = str(e)

print(Config.upper)
print(Config.pairs)
print(Config.error)

def method_gens():
    class K:
        data = (1, 2, 3)
        def evens(self):
            return (x for x in self.data if x % 2 == 0)
        total = sum(x for x in data)
    return K
K = method_gens()
print(list(K().evens()), K.total)
