# Closures over loop variables, default-argument capture, nonlocal counters, function attributes.
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([f(10) for f in make_multipliers()])
def late():
    return [lambda x: x * n for n in range(1, 4)]
print([f(10) for f in late()])
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(5), c2(), c1.__name__)
def f():
    pass
f.calls = 3
f.tag = 'x'
print(f.calls, f.tag, sorted(vars(f)))
adders = {name: (lambda k: lambda v: v + k)(k) for name, k in [('one', 1), ('ten', 10)]}
print({n: a(5) for n, a in adders.items()})
compose = lambda *fs: lambda x: [x := g(x) for g in fs][-1]
print(compose(abs, str, len)(-12345))
