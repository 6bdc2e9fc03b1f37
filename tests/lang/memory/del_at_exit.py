# Objects still referenced from module globals get __del__ at interpreter exit.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('exit del', self.n)
a = T('a')
b = [T('in list')]
print('end of script')
