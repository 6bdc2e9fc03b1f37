# bytes/bytearray comparisons, iteration, membership, conversion to list/str and back.
pairs = [(b'a', b'b'), (b'ab', b'a'), (b'', b'\x00'), (b'abc', bytearray(b'abc')), (bytearray(b'z'), b'y')]
for x, y in pairs:
    print(x, y, x == y, x < y, x >= y, x != y)
print(b'abc' == 'abc', b'' == bytearray(), b'x' in bytearray(b'xyz'), 120 in b'xyz', b'' in b'a')
print([c for c in b'hi'], list(bytearray(b'AB')), tuple(b'\x00\x01'), bytes(list(b'round')) == b'round')
print(sorted([b'b', b'a', b'ab', b'']), max(b'abc', b'abd'), min([bytearray(b'q'), b'p']))
total = 0
for byte in b'\x01\x02\x03':
    total += byte
print(total, sum(b'\xff' * 4), b'abc'.decode().upper().encode(), [bytes([c]) for c in b'ok'])
try:
    b'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
