# del removes names, list items and dict keys.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
a = [1, 2, 3, 4]
del a[1]
print(a)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zzz']
except KeyError as e:
    print('KeyError', e)
p, q = 1, 2
del p, q
try:
    print(p)
except NameError as e:
    print(e)
lst = [10, 20, 30]
alias = lst
del lst
print(alias)
def f():
    local = 'here'
    del local
    try:
        return local
    except NameError as e:
        return str(e)
print(f())
n = 5
del n
n = 6
print(n)
