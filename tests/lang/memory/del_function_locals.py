# Function locals are released when the function returns, in definition order.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
def f():
    a = T('a')
    b = T('b')
    c = T('c')
    print('returning')
    return 'value'
print(f())
def g():
    temp = [T(i) for i in range(3)]
    return len(temp)
print(g())
def h(x):
    print('in h')
h(T('arg'))
print('after h')
def keep():
    t = T('kept')
    return t
k = keep()
print('still alive', k.n)
del k
def loop():
    for i in range(3):
        t = T(f'loop{i}')
    print('loop done')
loop()
print('end')
