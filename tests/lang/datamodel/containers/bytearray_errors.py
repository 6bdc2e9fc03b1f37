# bytearray error messages: bad values, slices of the wrong size, unhashability, bad inputs.
ba = bytearray(b'abcdef')
def setitem(k, v):
    ba[k] = v
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: setitem(0, 256))
show(lambda: setitem(0, -1))
show(lambda: setitem(slice(0, 6, 2), b'xy'))
show(lambda: setitem(0, b'x'))
show(lambda: ba.extend([1, 'a']))
show(lambda: ba.extend(5))
show(lambda: bytearray('str'))
show(lambda: bytearray([1.5]))
show(lambda: {ba: 1})
show(lambda: ba.index(b'z'))
show(lambda: ba + 'x')
show(lambda: ba.insert(0, 999))
print(ba)
