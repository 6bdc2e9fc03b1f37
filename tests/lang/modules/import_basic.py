# import of modules beside the script: import, as, from-import, *, caching in sys.modules
import sys
import helper
import helper as h2
from helper import greet, GREETING as G
print(helper.greet('a'), h2.greet('b'), greet('c'), G, helper.counter)
print(helper is h2, helper is sys.modules['helper'], helper.__name__)
print(helper.__file__.endswith('helper.py'), repr(helper)[:16])
import helper  # cached: not run again
print(helper._private())
from starmod import *
print(shown, also_shown, 'hidden' in globals())
from nostar import *
print(public, '_underscored' in globals())
print(__name__, __file__.endswith('import_basic.py'))
del sys.modules['helper']
import helper as fresh  # runs the module again
print(fresh is h2, fresh.counter, h2.counter)
print(sys.path[0] != '', type(sys.path).__name__)
