# "'<' not supported between instances of" for every ordering operator and type pair.
ops = [('<', lambda a, b: a < b), ('<=', lambda a, b: a <= b), ('>', lambda a, b: a > b),
       ('>=', lambda a, b: a >= b)]
pairs = [(1, 'a'), ('a', 1), (None, None), ([1], (1,)), ({}, {}), (1.5, None), ({1}, [1]),
         (b'a', 'a'), (len, len)]
for name, f in ops:
    for a, b in pairs:
        try:
            print(name, f(a, b))
        except TypeError as e:
            print(name, type(e).__name__, e)
print(1 == 'a', None == None, [1] == (1,), {} != {}, {1} <= {1, 2})
class Foo:
    pass
try:
    Foo() < Foo()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([Foo(), Foo()])
except TypeError as e:
    print(type(e).__name__, e)
