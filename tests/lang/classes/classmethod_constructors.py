# Alternative constructors with @classmethod keep working in subclasses.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split('-'))
        return cls(y, m, d)
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class Birthday(Date):
    def age_in(self, year):
        return year - self.y
d = Date.from_string('2024-02-29')
b = Birthday.from_string('2000-01-15')
print(d, b, b.age_in(2024), Birthday.epoch(), type(Birthday.epoch()).__name__)
print(Date.from_string.__self__ is Date, Birthday.from_string.__self__ is Birthday)
print(b.from_string('1999-12-31'))
