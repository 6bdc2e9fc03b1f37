# Class decorators: adding methods, registering, wrapping.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@register
@add_repr
@with_tag('T1')
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
@register
class Other:
    pass
print(Point(1, 'a'), Point.tag, registry)
def replace(cls):
    return 'not a class any more'
@replace
class Gone:
    pass
print(Gone)
