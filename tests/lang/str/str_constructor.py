# str() with objects, encodings and errors
print(str(), str(''), str(123), str(-1.5), str(None), str(True), str([1, 'é']), str({'k': b'v'}))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin-1'), str(bytearray(b'xyz'), 'ascii'))
print(str(b'caf\xe9', 'utf-8', 'replace'), str(b'caf\xe9', errors='ignore'), str(object=b'raw'), str(object='named'))
class S:
    def __str__(self):
        return 'custom str'
print(str(S()), type(str(S())).__name__)
for f in [lambda: str(1, 'utf-8'), lambda: str('a', 'utf-8'), lambda: str(b'\xe9', 'utf-8'), lambda: str(b'ab', 'foo'),
          lambda: str(b'ab', 1), lambda: str(x=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
