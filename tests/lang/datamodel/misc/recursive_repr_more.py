# More self-reference: dict views, nested tuples through lists, user __repr__ that recurses.
d = {}
d['me'] = d
print(d.values(), d.items(), list(d.keys()))
l = []
l.append((l, {'l': l}))
print(l)
a = [1]
b = [a]
a.append(b)
print(a == a, a[1][0] is a, repr(a))
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f'Node({self.name}, {self.children})'
root = Node('root')
root.children.append(Node('leaf'))
print(root)
s = [1, 2]
s.insert(0, s)
s.append([s, [s]])
print(s, len(s))
big = {'a': [1, {'b': None}]}
big['a'][1]['b'] = big['a']
print(big)
