# Every statement kind pith's AST has.
import os
import os.path as osp, sys
from . import sibling
from .. import parent as p
from ...pkg.mod import (a, b as c,)
from mod import *
from .mod import x, y as z

x = 1
a = b = c = 3
a, *b = c
[a, b], c = (1, 2), 3
x.y = z[1] = w
x += 1; y -= 2; z *= 3
x @= m; x /= 2; x //= 2; x %= 2; x **= 2
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
n: int
n: int = 5
obj.attr: str = "s"
d["k"]: list = []
((n)): int = 1
del a, b[1], c.d
del (a), [b, c]
pass
assert x, "message"
assert y
global g1, g2


def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    nonlocal_value = 1
    return a


def g(*, k):
    return


def h(a, /):
    yield
    yield a
    yield from a
    x = yield
    y = yield a, b
    return 1, 2


@decorator
@decorator.attr(1, k=2)
@(lambda f: f)
class C(Base, metaclass=Meta, **kwargs):
    """Docstring."""
    attr = 1

    def method(self):
        attr = 1
        def inner():
            nonlocal attr
            global z
        raise ValueError("x") from None


class Empty: pass


class Paren():
    pass


if x:
    pass
elif y:
    pass
elif z:
    pass
else:
    pass

while x:
    break
else:
    continue_ = 1

for i in range(10):
    continue
else:
    pass

for a, (b, *c) in pairs:
    pass

for x in *a, *b:
    pass

try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    raise
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

with open(f) as fh, lock:
    pass

with (open(f) as a, open(g) as b,):
    pass

with (a, b):
    pass

def uses_yield():
    with (yield):
        pass

with (a) as b:
    pass

if x: pass
while x: break
for x in y: continue
with a: pass
if x: a = 1; b = 2;


async def coroutine():
    async with a as b:
        await b
    return [x async for x in y]
