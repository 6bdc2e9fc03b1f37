# __call__ makes instances callable; callable(); keyword arguments; counters.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=2), add5(0, a=1, b=2))
print(callable(add5), callable(Adder), callable(Adder(1).n))
print(list(map(Adder(10), [1, 2])))
class CallCount:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@CallCount
def square(x):
    return x * x
print(square(3), square(4), square.calls)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError:', e)
try:
    Adder(1)()
except TypeError as e:
    print('TypeError:', e)
