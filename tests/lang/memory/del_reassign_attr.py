# Replacing or deleting an attribute frees the old value at once.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
class O:
    pass
o = O()
o.a = T(1)
print('replace')
o.a = T(2)
print('delete')
del o.a
print('setattr')
setattr(o, 'b', T(3))
setattr(o, 'b', None)
print('dict')
o.c = T(4)
o.__dict__['c'] = T(5)
print('vars')
vars(o).clear()
print('end')
