# Closures capture variables, not values (late binding).
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = []
for i in range(3):
    fns.append(lambda i=i: i)
print([f() for f in fns])
def make_adders():
    out = []
    for n in [1, 10, 100]:
        def add(x, n=n):
            return x + n
        out.append(add)
    return out
print([f(5) for f in make_adders()])
def multiplier(k):
    return lambda x: x * k
double = multiplier(2)
triple = multiplier(3)
print(double(21), triple(7), multiplier(0)(99))
def outer():
    v = 1
    def get():
        return v
    v = 2
    return get
print(outer()())
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(double, lambda x: x + 1)
print(inc_then_double(4))
