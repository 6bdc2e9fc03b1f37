# Enum-like classes: class attributes as constants, instances registered in the class.
class Color:
    _members = []
    def __init__(self, name, value):
        self.name = name
        self.value = value
        Color._members.append(self)
    def __repr__(self):
        return f'<Color.{self.name}: {self.value}>'
    @classmethod
    def by_value(cls, v):
        for m in cls._members:
            if m.value == v:
                return m
        raise ValueError(f'{v} is not a valid Color')
    def __eq__(self, o):
        return self is o
    def __hash__(self):
        return hash(self.name)
Color.RED = Color('RED', 1)
Color.GREEN = Color('GREEN', 2)
print(Color.RED, Color.by_value(2), Color._members, Color.RED == Color.by_value(1))
try:
    Color.by_value(9)
except ValueError as e:
    print('ValueError:', e)
print({Color.RED: 'stop', Color.GREEN: 'go'}[Color.GREEN], sorted(m.name for m in Color._members))
