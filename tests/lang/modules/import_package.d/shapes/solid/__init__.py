print('init solid', __name__, __package__)
from .. import DEFAULT
from ..flat import square_area as sq
