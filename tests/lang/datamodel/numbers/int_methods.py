# int methods and attributes: bit_length, bit_count, to_bytes, from_bytes, ratios.
for n in [0, 1, -1, 255, 256, -256, 2**64, -(2**64) + 1, 10**30]:
    print(n, n.bit_length(), n.bit_count(), n.numerator, n.denominator, n.real, n.imag,
          n.conjugate(), n.as_integer_ratio())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (0).to_bytes(1, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (255).to_bytes(1, byteorder='little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'', 'big'))
print(int.from_bytes([1, 2, 3], byteorder='big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print(type(e).__name__, e)
print(True.bit_length(), (5).__index__() if hasattr(5, '__index__') else None)
print(int.__name__, (7).__class__.__name__, isinstance(True, int))
