# ValueError messages from conversions, unpacking, and builtin methods.
def show(f):
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
show(lambda: int('x'))
show(lambda: int('12.5'))
show(lambda: int('', 16))
show(lambda: float('x'))
show(lambda: float(''))
show(lambda: [1, 2].index(3))
show(lambda: (1, 2).index(3))
show(lambda: [1].remove(2))
show(lambda: 'abc'.index('z'))
show(lambda: range(3).index(5))
show(lambda: chr(-5))
show(lambda: max([]))
show(lambda: min([]))
show(lambda: 'a,b'.split(''))
show(lambda: list(range(1, 2, 0)))
show(lambda: int('9' * 5000))
def unpack3():
    a, b, c = [1, 2]
def unpack1():
    (a,) = [1, 2]
def unpack_star():
    a, b, *c, d = [1, 2]
for f in (unpack3, unpack1, unpack_star):
    show(f)
