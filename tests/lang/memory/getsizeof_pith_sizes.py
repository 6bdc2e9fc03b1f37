# pith's own sizes (docs/ARCHITECTURE.md, "Sizes"): each line checks that
# sys.getsizeof gives pith's documented figure or CPython 3.11's, so python3
# prints the same output.  Figures for pith: 64-bit, 24-byte GCHead in front
# of collector-tracked objects; an int that fits 63 bits is an immediate
# (the Value word itself).
import sys


def check(name, obj, pith, cpython):
    size = sys.getsizeof(obj)
    print(name, size in (pith, cpython) or size)


check('[]', [], 64, 56)
check('[1, 2, 3]', [1, 2, 3], 96, 88)
check('[0] * 1000', [0] * 1000, 8064, 8056)
check('()', (), 48, 40)
check('(1, 2)', (1, 2), 64, 56)
check('{}', {}, 104, 64)
check("{'a': 1}", {'a': 1}, 232, 184)
check('set()', set(), 224, 216)
check('0', 0, 8, 28)
check('1', 1, 8, 28)
check('2**62', 2**62, 36, 36)
check('2**100', 2**100, 40, 40)
check('1.5', 1.5, 24, 24)
check("b''", b'', 33, 33)
check("b'ab'", b'ab', 35, 35)
check('None', None, 16, 16)
check('object()', object(), 16, 16)
check('range(10)', range(10), 56, 48)


class Plain:
    pass


p = Plain()
check('Plain()', p, 64, 56)
p.a = 1
check('Plain() with an attribute', p, 128, 56)
lst = []
steps = []
for i in range(17):
    steps.append(sys.getsizeof(lst))
    lst.append(i)
print(steps in ([64, 96, 96, 96, 96, 128, 128, 128, 128, 192, 192, 192, 192, 192, 192, 192, 192],
                [56, 88, 88, 88, 88, 120, 120, 120, 120, 184, 184, 184, 184, 184, 184, 184, 184]) or steps)
print(sys.getsizeof('a' * 2000) - sys.getsizeof('a' * 1000), sys.getsizeof(b'a' * 1000) - sys.getsizeof(b''))
