# chr and ord round-trip over the whole range; the error messages at the edges.
for c in [0, 9, 10, 32, 65, 97, 127, 128, 255, 256, 0x3b1, 0x20ac, 0xffff, 0x10000, 0x10ffff]:
    ch = chr(c)
    print(c, repr(ch), ord(ch) == c, len(ch))
print(ord('a'), ord('€'), ord('\n'), ord(b'A'), ord(bytearray(b'z')), ''.join(chr(i) for i in range(65, 75)))
for f in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr('a'), lambda: chr(1.5),
          lambda: ord(''), lambda: ord('ab'), lambda: ord(5), lambda: ord(b'ab'), lambda: chr()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
