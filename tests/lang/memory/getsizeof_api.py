# sys.getsizeof and sys.getallocatedblocks, differentially: no sizes printed,
# only types, comparisons, defaults and CPython's error messages.
import sys


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


for obj in (0, 1, 2**100, 1.5, '', 'abc', b'', [], (), {}, set(), frozenset(), None, True,
            object(), range(10), bytearray(), len, sys, int, lambda: 0):
    n = sys.getsizeof(obj)
    print(type(obj).__name__, type(n).__name__, n > 0, n >= type(obj).__sizeof__(obj))

# a list grows in steps as it grows, and never shrinks while appending
lst, sizes = [], []
for i in range(100):
    lst.append(i)
    sizes.append(sys.getsizeof(lst))
print(sizes == sorted(sizes), len(set(sizes)) > 3, sizes[-1] > sys.getsizeof([]))
print(sys.getsizeof([0] * 1000) > sys.getsizeof([0] * 10) > sys.getsizeof([]))
print(sys.getsizeof(list(range(1000))) >= 1000 * 8)
# the size is the object's own: a list of big strings is no bigger than a list of small ones
print(sys.getsizeof(['x' * 10000] * 10) == sys.getsizeof(['x'] * 10))
print(sys.getsizeof('a' * 1000) > sys.getsizeof('a' * 10) > sys.getsizeof(''))
print(sys.getsizeof(b'a' * 1000) - sys.getsizeof(b'') == 1000)
print(sys.getsizeof(tuple(range(10))) - sys.getsizeof(()) == 80)
print(sys.getsizeof(2**1000) > sys.getsizeof(2**100) > sys.getsizeof(1))
d = {}
small_dict = sys.getsizeof(d)
for i in range(1000):
    d[i] = i
print(sys.getsizeof(d) > small_dict)
d.clear()
print(sys.getsizeof(d) <= small_dict + 1000)
s = set(range(1000))
print(sys.getsizeof(s) > sys.getsizeof(set()))
ba = bytearray(b'x' * 1000)
print(sys.getsizeof(ba) >= 1000)


# the default stands in for a TypeError, and only a TypeError
class Sized:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


print(sys.getsizeof(Sized(1000)) >= 1000, sys.getsizeof(Sized(1000)) - sys.getsizeof(Sized(0)))
print(Sized(7).__sizeof__(), object.__sizeof__(Sized(7)) > 0)
show(lambda: sys.getsizeof(Sized(-1)))
show(lambda: sys.getsizeof(Sized(-1), 'default'))
show(lambda: sys.getsizeof(Sized(1.5)))
show(lambda: sys.getsizeof(Sized(1.5), 'default'))
show(lambda: sys.getsizeof(Sized('x'), default=None))
show(lambda: sys.getsizeof(Sized(2**70)))
show(lambda: sys.getsizeof(Sized(2**70), 0))


class Boom:
    def __sizeof__(self):
        raise KeyError('boom')


show(lambda: sys.getsizeof(Boom()))
show(lambda: sys.getsizeof(Boom(), -1))


class Slotted:
    __slots__ = ('a',)

    def __sizeof__(self):
        return 10


class IntSub(int):
    def __sizeof__(self):
        return 5


print(sys.getsizeof(Slotted()) > 10, sys.getsizeof(IntSub(3)) > 5)
print(sys.getsizeof(object=[]) == sys.getsizeof([]), sys.getsizeof([], default=1) == sys.getsizeof([]))
show(lambda: sys.getsizeof())
show(lambda: sys.getsizeof(default=1))
show(lambda: sys.getsizeof(1, 2, 3))
show(lambda: sys.getsizeof(1, default=2, object=3))
show(lambda: sys.getsizeof(1, object=2))
show(lambda: sys.getsizeof(1, foo=2))
show(lambda: sys.getsizeof(foo=2))
show(lambda: [].__sizeof__(1))
show(lambda: {}.__sizeof__(1))

# sys.getallocatedblocks: an int that follows what is alive
show(lambda: sys.getallocatedblocks(1))
before = sys.getallocatedblocks()
keep = [str(i) * 2 for i in range(10000)]
during = sys.getallocatedblocks()
del keep
after = sys.getallocatedblocks()
print(type(before).__name__, during - before >= 10000, during - after >= 10000)
