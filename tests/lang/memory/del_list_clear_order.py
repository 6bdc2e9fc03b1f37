# list.clear(), del of a list and slice deletion release items last to first.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
l = [T(i) for i in range(4)]
print('clear')
l.clear()
print('del list')
m = [T(i) for i in range(10, 13)]
del m
print('slice')
s = [T(i) for i in range(20, 25)]
del s[1:3]
print('step slice')
del s[::2]
print('assign empty')
s[:] = []
print('pop')
p = [T(30), T(31)]
p.pop()
print('end')
