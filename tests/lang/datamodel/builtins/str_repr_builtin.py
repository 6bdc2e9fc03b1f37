# str() with objects, bytes with encodings and errors; repr vs str on containers.
print(str(), str(5), str(-0.0), str(1e16), str([1.0, 'a']), str(('x',)), str({1: 'b'}))
print(str(b'hi', 'ascii'), str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'\xff', 'latin-1'))
print(str(bytearray(b'ab'), encoding='ascii'), str(object=7), str(b'x'), repr(str(None)))
class W:
    def __str__(self):
        return 'W-str'
    def __repr__(self):
        return 'W-repr'
w = W()
print(str(w), repr(w), [w], (w,), {w: w}, f'{w}', f'{w!r}', '%s %r' % (w, w), format(w))
class OnlyRepr:
    def __repr__(self):
        return 'R'
print(str(OnlyRepr()), OnlyRepr())
for f in [lambda: str(b'\xff', 'ascii'), lambda: str(5, 'ascii'), lambda: str(b'x', 'nope'),
          lambda: str(1, 2, 3, 4)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
