# Freeing a short chain: each __del__ runs before the next object's, outermost first.
class Link:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt
    def __del__(self):
        print('del', self.name, 'next is', self.nxt.name if self.nxt else None)
chain = Link('a', Link('b', Link('c')))
print('drop chain')
chain = None
t = (Link('t1'), Link('t2'), Link('t3'))
print('drop tuple')
del t
class Box:
    def __init__(self, *items):
        self.items = list(items)
    def __del__(self):
        print('box del with', len(self.items), 'items')
b = Box(Link('i1'), Link('i2'))
print('drop box')
del b
print('end')
