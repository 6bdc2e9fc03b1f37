# None: printing, identity, truthiness, as a default return value.
print(None)
x = None
print(x is None, x is not None, x == None, x != None)
print([None, 1, None], (None,), {'k': None})
print(repr(None), str(None), type(None))
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
print(not None, None or 'default', None and 'never')
r = print('inside')
print(r)
items = [3, None, 0, None]
n = 0
for it in items:
    if it is None:
        n = n + 1
print(n)
print(None is None, None == 0, None == False, None == '')
