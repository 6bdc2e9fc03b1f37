# del on names, items, slices, attributes, several targets, and the errors each raises.
a, b, c = 1, 2, 3
del a, b
print('a' in dir(), c)
l = list(range(10))
del l[0], l[-1]
del l[::3]
print(l)
d = {'x': 1, 'y': 2, 'z': 3}
del d['x'], d['z']
print(d)
class O:
    pass
o = O()
o.p = 1
o.q = 2
del o.p
print(vars(o))
nested = {'k': [1, {'deep': 2, 'keep': 3}]}
del nested['k'][1]['deep']
print(nested)
def show(f):
    try:
        f()
    except (NameError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
def del_unbound():
    del zz
def del_missing_key():
    del d['nope']
def del_attr():
    del o.nope
def del_tuple_item():
    t = (1, 2)
    del t[0]
show(del_unbound)
show(del_missing_key)
show(del_attr)
show(del_tuple_item)
