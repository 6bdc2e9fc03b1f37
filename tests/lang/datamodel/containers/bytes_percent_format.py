# %-formatting on bytes: %s takes bytes, %d/%x numbers, %c ints or 1-byte bytes, %r is ascii.
print(b'%s-%s' % (b'ab', bytearray(b'cd')), b'%d|%5d|%-5d|%05d' % (1, 2, 3, -4))
print(b'%x %X %#o %e %.2f' % (255, 255, 8, 1.5, 2.675), b'%c%c' % (65, b'B'), b'%%')
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 7}, b'%r' % 'é', b'%a' % [1, 'x'], b'%b' % b'b')
for f in [lambda: b'%s' % 'str', lambda: b'%d' % b'1', lambda: b'%c' % 256, lambda: b'%s %s' % (b'a',),
          lambda: b'%c' % b'ab', lambda: b'x' % (1,)]:
    try:
        print(f())
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
