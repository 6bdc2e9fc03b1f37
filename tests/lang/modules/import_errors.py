# import errors: ModuleNotFoundError, ImportError wording, a module that raises is not cached
import sys
def show(f):
    try:
        f()
    except ImportError as e:
        print(type(e).__name__ + ':', str(e).replace(sys.path[0], 'DIR'))
    except Exception as e:
        print(type(e).__name__ + ':', e)
def i1(): import no_such_module
def i2(): from pkg import missing
def i3(): import pkg.missing
def i4(): import plain.sub
def i5(): from plain import Z
def i6(): import broken
for f in [i1, i2, i3, i4, i5, i6, i6]:
    show(f)
print('broken' in sys.modules, 'pkg' in sys.modules)
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(e.name, isinstance(e, ImportError))
from pkg import X
print(X)
