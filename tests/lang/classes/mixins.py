# Mixin classes combined with multiple inheritance and super().
class ReprMixin:
    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{type(self).__name__}({items})'
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class JsonMixin:
    def to_json(self):
        parts = []
        for k, v in vars(self).items():
            parts.append(f'"{k}": {v!r}'.replace("'", '"'))
        return '{' + ', '.join(parts) + '}'
class Base:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
class User(ReprMixin, EqMixin, JsonMixin, Base):
    pass
u = User(name='ann', age=3)
print(u, u == User(name='ann', age=3), u == User(name='bob', age=3), u.to_json())
print([c.__name__ for c in User.__mro__])
try:
    hash(u)
except TypeError as e:
    print('TypeError:', e)
class Timestamped:
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.stamp = 'now'
class Event(Timestamped, ReprMixin, Base):
    pass
print(Event(kind='click'))
