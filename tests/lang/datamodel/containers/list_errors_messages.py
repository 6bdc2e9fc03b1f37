# Error messages of list operations, exactly as CPython.
def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2, 3]
show(lambda: a[3])
show(lambda: a[-4])
show(lambda: a.pop(10))
show(lambda: [].pop())
show(lambda: a.remove(9))
show(lambda: a.index(9))
show(lambda: a.index(1, 1))
show(lambda: a['x'])
show(lambda: a[1.0])
show(lambda: a + (4,))
show(lambda: a * 'x')
show(lambda: a * 2.0)
show(lambda: a < 'x')
show(lambda: a.insert('x', 1))
show(lambda: a.append())
show(lambda: a.append(1, 2))
show(lambda: a.sort(1))
show(lambda: a.sort(key=1))
show(lambda: [3, 'x'].sort())
show(lambda: list(5))
show(lambda: list(1, 2))
def setitem():
    a[5] = 0
def delitem():
    del a[7]
def slice_step():
    a[::2] = [1, 2, 3]
def zero_step():
    return a[::0]
for f in (setitem, delitem, slice_step, zero_step):
    show(f)
