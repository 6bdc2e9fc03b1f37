# bytes(): from int, iterables, str with encoding, bytes/bytearray, and errors
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(97, 100)), bytes(b'xy'))
print(bytes(bytearray(b'ba')), bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes(x for x in [0, 10, 13]))
print(bytes([True, False]), bytes(0), type(bytes(2)).__name__, bytes(iter([120])))
class B:
    def __bytes__(self):
        return b'custom'
print(bytes(B()))
cases = [lambda: bytes('a'), lambda: bytes(1.5), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]),
         lambda: bytes(['a']), lambda: bytes(1, 'utf-8'), lambda: bytes('a', 'foo'), lambda: bytes(b'x', 'utf-8'),
         lambda: bytes(None), lambda: bytes('é', 'ascii')]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
