# bytearray: in-place mutation by methods, items, slices and operators.
ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b' ok')
ba.extend([1, 2])
ba.insert(0, 62)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('l'))
print(ba)
ba[1:3] = b'EEEE'
print(ba)
del ba[::2]
print(ba)
ba[::-1] = ba[:]
print(ba)
ba.reverse()
print(ba)
ba += b'!!'
ba *= 2
print(ba, ba.count(b'!'), ba.find(b'!'), ba.upper(), bytes(ba[:3]))
c = ba.copy()
c.clear()
print(c, ba == bytearray(ba), ba == bytes(ba), bytearray(3), bytearray('hi', 'ascii'))
x = bytearray(b'abc')
y = x
x += b'd'
print(x is y, y, x.decode(), bytearray(b'a') + b'b', type(bytearray(b'a') + b'b').__name__)
print(bytearray(b'xyz')[1], bytearray(b'xyz')[1:], list(bytearray(b'AB')), bytearray(range(3)))
print(repr(bytearray()), str(bytearray(b"'")), bytearray(b'  x ').strip(), bytearray(b'a,b').split(b','))
