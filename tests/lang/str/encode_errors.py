# UnicodeDecodeError / UnicodeEncodeError / LookupError messages and attributes
cases = [b'\xe9', b'\xe4\xb8', b'\xe4\xb8x', b'\x80', b'ab\xff', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'\xc0\xaf',
         b'ok\xf0\x9f\x98', b'\xe0\x80\x80']
for c in cases:
    try:
        c.decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, '|', e.start, e.end, e.reason, e.encoding)
for s, enc in [('é', 'ascii'), ('éé', 'ascii'), ('xé€', 'latin-1'), ('a€€b', 'latin-1'), ('\ud800', 'utf-8')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, '|', e.start, e.end, e.reason)
try:
    b'\xe9'.decode('ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, e, isinstance(e, ValueError), isinstance(e, UnicodeError))
for f in [lambda: 'a'.encode('foo'), lambda: b'a'.decode('nope'), lambda: b'\xe9'.decode('utf-8', 'foo'),
          lambda: 'é'.encode('ascii', 'foo'), lambda: 'a'.encode(1), lambda: 'a'.encode(None), lambda: b'a'.decode(1),
          lambda: str(1, 'utf-8'), lambda: str('a', 'utf-8'), lambda: 'a'.encode('utf-8', 1)]:
    try:
        f()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print(b'ok'.decode('utf-8', 'foo'), 'ok'.encode('ascii', 'foo'))
