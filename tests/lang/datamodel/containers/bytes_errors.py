# Error messages of bytes and bytearray operations.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: b'abc'[5])
show(lambda: b'abc' + 'd')
show(lambda: 'd' + b'abc')
show(lambda: bytes([256]))
show(lambda: bytes([-1]))
show(lambda: bytes('x'))
show(lambda: bytes(-1))
show(lambda: b'\xff'.decode())
show(lambda: 'é'.encode('ascii'))
show(lambda: bytes.fromhex('xyz'))
show(lambda: b'abc'.index(b'z'))
show(lambda: bytearray(b'a').pop(5))
show(lambda: bytearray().pop())
show(lambda: bytearray(b'ab').remove(99))
show(lambda: bytearray(b'x').append(300))
show(lambda: bytearray(b'x').append('y'))
show(lambda: b'x' < 'x')
show(lambda: b'abc'.split(''))
show(lambda: bytes(1.5))
show(lambda: hash(bytearray(b'x')))
def setitem():
    b = b'abc'
    b[0] = 1
show(setitem)
