# IndexError messages of every sequence type, for reads, writes, deletes and pops.
def show(f):
    try:
        print(f())
    except IndexError as e:
        print(type(e).__name__, e)
l, t, s, r, b, ba = [1], (1,), 'a', range(1), b'a', bytearray(b'a')
show(lambda: l[1])
show(lambda: t[1])
show(lambda: s[1])
show(lambda: r[1])
show(lambda: b[1])
show(lambda: ba[1])
show(lambda: l[-2])
show(lambda: [].pop())
show(lambda: l.pop(5))
show(lambda: ba.pop(5))
show(lambda: 'abc'[10**20])
show(lambda: [][0])
def setl():
    l[3] = 0
def dell():
    del l[3]
def setba():
    ba[9] = 0
show(setl)
show(dell)
show(setba)
show(lambda: [1, 2].insert(100, 3) or 'insert clamps')
for big in [2**70, -2**70]:
    try:
        [1, 2, 3][big]
    except IndexError as e:
        print(type(e).__name__, e)
