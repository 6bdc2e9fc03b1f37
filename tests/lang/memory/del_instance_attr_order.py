# An instance's attributes are released in insertion order when it dies.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
class Holder:
    def __init__(self):
        self.z = T('z')
        self.a = T('a')
        self.m = T('m')
h = Holder()
h.b = T('b')
h.a = T('a2')
del h.m
print('dropping holder')
del h
class WithDel(Holder):
    def __del__(self):
        print('holder __del__ first')
w = WithDel()
print('dropping withdel')
w = None
print('end')
