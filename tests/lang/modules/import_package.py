# packages: __init__.py, submodules bound on the package, relative imports, import a.b.c as x
import shapes
print(shapes.square_area(3), shapes.flat.square_area(4), shapes.DEFAULT)
import shapes.solid.cube
print(shapes.solid.cube.volume(2), shapes.solid.cube.surface(2), shapes.solid.DEFAULT, shapes.solid.sq(5))
import shapes.solid.cube as c
print(c is shapes.solid.cube, c.__name__, c.__package__, shapes.__package__)
from shapes.solid import cube
print(cube is c)
from shapes.solid.cube import *
print(volume(3), 'surface' in globals())
import sys
print(sorted(k for k in sys.modules if k.startswith('shapes')))
print(shapes.__path__[0].endswith('shapes'), shapes.__file__.endswith('__init__.py'))
print(hasattr(shapes.flat, '__path__'))
