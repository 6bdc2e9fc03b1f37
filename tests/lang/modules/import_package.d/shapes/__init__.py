print('init shapes', __name__, __package__)
from . import flat
from .flat import square_area
DEFAULT = 'unit'
