# "is not callable", "is not subscriptable", "does not support item assignment" and friends.
def show(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
for v in [1, 'str', None, [1], (1,), {}, 1.5, True]:
    show(lambda: v())
for v in [1, None, 1.5, len, True, object()]:
    show(lambda: v[0])
def set_item(obj):
    obj[0] = 1
def del_item(obj):
    del obj[0]
for v in ['abc', (1,), 5, None, range(3), b'x', frozenset()]:
    show(lambda: set_item(v))
    show(lambda: del_item(v))
for v in [5, 1.5, None, len]:
    show(lambda: iter(v))
    show(lambda: [x for x in v])
    show(lambda: 1 in v)
def h():
    return {[]: 1}
show(h)
show(lambda: {(1, [2]): 3})
show(lambda: {{}})
