# Messages when a class lacks parts of the container protocol.
class Empty:
    pass
class GetOnly:
    def __getitem__(self, k):
        return k
class SetOnly:
    def __setitem__(self, k, v):
        pass
e = Empty()
tests = [
    lambda: e[0],
    lambda: e.__setitem__,
    lambda: len(e),
    lambda: iter(e),
    lambda: 1 in e,
    lambda: e(),
    lambda: list(e),
]
for t in tests:
    try:
        t()
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__ + ':', ex)
def setitem(o):
    o[0] = 1
def delitem(o):
    del o[0]
for o in (Empty(), GetOnly(), SetOnly()):
    for f in (setitem, delitem):
        try:
            f(o)
            print('ok', type(o).__name__, f.__name__)
        except (TypeError, AttributeError) as ex:
            print(type(ex).__name__ + ':', ex)
print(GetOnly()[5], GetOnly()['k'], GetOnly()[1:3])
