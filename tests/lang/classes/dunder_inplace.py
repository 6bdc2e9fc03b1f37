# In-place operators: __iadd__ and friends, falling back to the binary form.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
class Imm:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Imm(self.v + o)
    def __repr__(self):
        return f'Imm({self.v})'
a = Acc()
b = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, a is b)
i = Imm(1)
j = i
i += 5
print(i, j, i is j)
class Weird:
    def __iadd__(self, o):
        return 'replaced'
w = Weird()
w += 1
print(w)
class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'add fallback'
n = NI()
n += 1
print(n)
x = Acc()
try:
    x //= 2
except TypeError as e:
    print('TypeError:', e)
l = [1]
l += Imm(0).__class__.__name__
print(l)
