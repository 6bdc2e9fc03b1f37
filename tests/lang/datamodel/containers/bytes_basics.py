# bytes: literals, repr escapes, indexing gives ints, slicing, iteration, methods.
b = b'Hello, World!\n\t\x00\xff'
print(b, len(b), b[0], b[-1], b[:5], list(b[:3]), b'\\' + b"'" + b'"', b"it's")
print(b'abc' + b'def', b'ab' * 3, b'a' in b'cat', 97 in b'cat', b'' < b'a', b'ab' < b'b')
s = b'  spam and eggs  '
print(s.strip(), s.split(), s.upper(), s.replace(b'a', b'A'), s.find(b'and'), s.count(b'a'))
print(b'-'.join([b'a', b'b', b'c']), b'a,b,,c'.split(b','), b'x'.center(5, b'*'))
print(b'abc'.hex(), bytes.fromhex('de ad be ef'), b'\x01\x02'.hex('-'), b'CAFE'.lower())
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), 'café'.encode(), 'x'.encode('utf-8'))
print(b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')), b'42'.isdigit(), b'Ab'.isalpha())
print(bytes(3), bytes([65, 66, 67]), bytes(b'xy'), bytes('hi', 'ascii'), bytes(range(5)))
print(b'a\rb', b'\x7f\x80', bytes([9, 10, 13, 39, 92]), repr(b'"\''))
print(b'abc'[1:2], b'abc'[5:], type(b'abc'[0]).__name__, b'%d-%s' % (5, b'x'))
print(b'a b  c'.split(None, 1), b'line1\nline2\r\n'.splitlines(), b'xyz'.index(b'z'))
print(sorted(b'banana'), max(b'xyz'), b'AbC'.swapcase(), b'abc'.title(), b'ab'.zfill(5))
