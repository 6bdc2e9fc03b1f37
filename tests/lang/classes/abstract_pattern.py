# Abstract-method style base classes with NotImplementedError and template methods.
class Report:
    def render(self):
        return '\n'.join([self.header(), *self.body(), self.footer()])
    def header(self):
        return f'== {self.title()} =='
    def footer(self):
        return '== end =='
    def title(self):
        raise NotImplementedError('subclasses must define title()')
    def body(self):
        return []
class Sales(Report):
    def __init__(self, rows):
        self.rows = rows
    def title(self):
        return 'Sales'
    def body(self):
        return [f'{k}: {v}' for k, v in self.rows]
class Empty(Report):
    def title(self):
        return 'Empty'
print(Sales([('a', 1), ('b', 2)]).render())
print(Empty().render())
try:
    Report().render()
except NotImplementedError as e:
    print('NotImplementedError:', e)
