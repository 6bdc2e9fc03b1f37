# Temporaries in expressions and comprehensions die as soon as they are unused.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
    def value(self):
        return self.n * 10
print(T(1).value())
print('after temp')
total = sum(T(i).value() for i in range(2, 4))
print('total', total)
vals = [T(i).value() for i in range(5, 7)]
print(vals)
T(8)
print('bare expression')
def make():
    return T(9)
make()
print('discarded result')
print('end')
