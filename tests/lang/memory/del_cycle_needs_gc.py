# Objects in a reference cycle are not freed by refcounting; gc.collect() finalizes them.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print('del', self.name)
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print('cycle dropped, nothing freed yet')
print('collected', gc.collect())
c = Node('c')
c.other = c
del c
print('collected', gc.collect())
print('end')
