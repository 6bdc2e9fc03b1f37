# bytes and bytearray repr: quotes, escapes, non-ASCII
for b in [b'', b'abc', b"it's", b'say "x"', b'both \' "', b'\x00\x01\x7f\x80\xff', b'\t\n\r\\', b'\x1b[0m']:
    print(repr(b), repr(bytearray(b)), str(b), len(repr(b)))
print([b'a', bytearray(b'b')], (b'\xe9',), {b'k': bytearray()})
