# is / is not and id() comparisons (never printing id values).
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
print(None is None, True is True, False is not True)
x = None
print(x is None, x is not None)
def f(lst):
    return lst
print(f(a) is a, f(a[:]) is a)
d = {'k': a}
print(d['k'] is a, d.get('k') is b)
t = (a, c)
print(t[0] is a, t[1] is c, t[0] is t[1])
e = []
lst = [e, e, []]
print(lst[0] is lst[1], lst[1] is lst[2])
print(type(1) is int, type('s') is str, type([]) is list, type(True) is bool, type(1) is not float)
print(id(a) == id(a), type(id(a)))
g = a
a = a + []
print(g is a, g == a)
