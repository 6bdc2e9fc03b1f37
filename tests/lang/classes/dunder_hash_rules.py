# Hashing rules: __eq__ without __hash__ is unhashable; __hash__ = None; inherited hashes.
class Plain:
    pass
class EqOnly:
    def __eq__(self, o):
        return True
class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
class NoHash:
    __hash__ = None
class SubEq(Both):
    def __eq__(self, o):
        return False
class SubKeep(Both):
    pass
pl = Plain()
print(hash(pl) == hash(pl), EqOnly.__hash__, NoHash.__hash__)
for cls in (EqOnly, NoHash, SubEq):
    try:
        hash(cls(1) if cls is SubEq else cls())
    except TypeError as e:
        print('TypeError:', e)
print(hash(Both(3)) == hash(3), hash(SubKeep(3)) == hash(3))
s = {Both(1), Both(1), Both(2)}
print(len(s))
d = {Both('a'): 1}
d[Both('a')] = 2
print(len(d), d[Both('a')])
try:
    {EqOnly(): 1}
except TypeError as e:
    print('TypeError:', e)
class Big:
    def __hash__(self):
        return 2 ** 70
class Neg:
    def __hash__(self):
        return -1
class Bad:
    def __hash__(self):
        return 'x'
print(hash(Big()) == hash(2 ** 70), hash(Neg()))
try:
    hash(Bad())
except TypeError as e:
    print('TypeError:', e)
