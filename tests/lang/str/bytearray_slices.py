# bytearray item and slice assignment and deletion, including extended slices
ba = bytearray(b'0123456789')
ba[0] = 65
ba[-1] = ord('Z')
print(ba)
ba[1:3] = b'xyz'
print(ba)
ba[4:8] = b''
print(ba)
ba[::2] = b'_' * len(ba[::2])
print(ba)
del ba[0]
del ba[-2:]
print(ba)
del ba[::3]
print(ba)
ba[len(ba):] = [1, 2, 3]
ba[:0] = bytearray(b'>>')
print(ba)
ba[2:4] = ba
print(ba)
del ba[::-2]
print(ba)
ba[:] = range(65, 70)
print(ba)
for f in [lambda: ba.__setitem__(0, 'a'), lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(50, 1),
          lambda: ba.__setitem__(slice(0, 1), 5), lambda: ba.__setitem__(slice(0, 1), 'a'),
          lambda: ba.__setitem__(slice(0, 5, 2), b'xy'), lambda: ba.__delitem__(50), lambda: ba.__setitem__(slice(0, 1), [1, 300])]:
    try:
        f()
        print(ba)
    except Exception as e:
        print(type(e).__name__, e)
