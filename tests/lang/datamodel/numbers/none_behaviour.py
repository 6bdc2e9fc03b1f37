# None: identity, repr, truthiness, comparisons and the errors it produces.
print(None, repr(None), str(None), bool(None), type(None).__name__)
print(None is None, None == None, None != 0, None == False, None in [None], [None] * 2)
def f():
    pass
print(f() is None, f(), {None: 1}[None])
for op in [lambda: None + 1, lambda: None < 1, lambda: None[0], lambda: None(),
           lambda: len(None), lambda: None.x, lambda: iter(None), lambda: -None,
           lambda: None < None, lambda: 1 in None, lambda: [*None]]:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(sorted([3, 1], key=lambda x: x) is None, [].sort() is None, print() is None)
