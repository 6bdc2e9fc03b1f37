# bytearray over-allocation follows CPython's growth policy (visible through __alloc__)
b = bytearray()
seen = []
for i in range(200):
    b.append(i % 256)
    if not seen or seen[-1][1] != b.__alloc__():
        seen.append((len(b), b.__alloc__()))
print(seen)
print(bytearray(b'abc').__alloc__(), bytearray(10).__alloc__(), bytearray().__alloc__())
b = bytearray(b'x' * 100)
b += b'y'
print(b.__alloc__())
b = bytearray(b'x' * 100)
del b[50:]
print(b.__alloc__())
b *= 3
print(b.__alloc__(), (bytearray(b'ab') * 10).__alloc__())
b.clear()
print(b.__alloc__())
