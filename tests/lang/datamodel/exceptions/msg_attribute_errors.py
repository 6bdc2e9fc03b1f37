# AttributeError messages for instances, classes, builtins, None and modules.
import sys
class Foo:
    cls = 1
    def __init__(self):
        self.y = 2
class Slotted:
    __slots__ = ('a',)
def show(f):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)
show(lambda: Foo().x)
show(lambda: Foo.x)
show(lambda: (5).x)
show(lambda: 'abc'.nope)
show(lambda: [].push)
show(lambda: None.attr)
show(lambda: sys.nope)
show(lambda: (1.5).real.nope)
show(lambda: len.x)
show(lambda: Slotted().a)
def set_on_int():
    (5).x = 1
def set_slot():
    s = Slotted()
    s.b = 1
def del_missing():
    f = Foo()
    del f.x
def set_builtin_type():
    int.x = 1
def set_list():
    [].x = 1
for f in (set_on_int, set_slot, del_missing, set_builtin_type, set_list):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
