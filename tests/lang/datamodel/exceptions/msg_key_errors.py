# KeyError: str shows repr of the key; popitem and set messages.
def show(f):
    try:
        print(f())
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
d = {'a': 1}
show(lambda: d['b'])
show(lambda: d[1])
show(lambda: d[(1, 2)])
show(lambda: d[''])
show(lambda: d[None])
show(lambda: d["it's"])
show(lambda: d.pop('zz'))
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: {1}.remove((3, 4)))
show(lambda: d[2.5])
show(lambda: d[frozenset()])
def del_key():
    del d['nope']
show(del_key)
