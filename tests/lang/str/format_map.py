# format_map with dicts, dict subclasses with __missing__, and custom mappings
print('{name} {n:>4}'.format_map({'name': 'x', 'n': 7}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {b} {c}'.format_map(Default(a=1)))
class Upper:
    def __getitem__(self, key):
        return key.upper()
print('{hello}, {world}!'.format_map(Upper()))
print('{x.real}'.format_map({'x': 5}), '{d[k]}'.format_map({'d': {'k': 'v'}}))
