# bytes %-formatting: %s/%b with bytes-likes, numbers, %r/%a, %c
print(b'%s and %b' % (b'bytes', bytearray(b'ba')))
print(b'%d %5d %-4d| %x %X %#o %05.1f %e' % (42, 7, 3, 255, 255, 8, 2.25, 1e10))
print(b'%r %a %c%c' % ('é', b'x', 65, b'z'), b'%%' % (), bytearray(b'%s!') % b'hi')
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 5})
class HasBytes:
    def __bytes__(self):
        return b'via __bytes__'
print(b'%s' % HasBytes())
for f in [lambda: b'%s' % 1, lambda: b'%s' % 'str', lambda: b'%c' % 256, lambda: b'%c' % 'a', lambda: b'%y' % 1,
          lambda: b'%s %s' % (b'a',), lambda: b'%s' % (b'a', b'b'), lambda: b'%d' % b'x']:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
