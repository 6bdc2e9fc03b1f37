# bytes indexing, slicing, in, +, *, comparison, hash, iteration, len
b = b'hello world'
print(b[0], b[-1], b[1:5], b[::-1], b[::2], b[100:], len(b), list(b[:3]))
print(b'lo' in b, 111 in b, 200 in b, b'' in b, b'xyz' in b, bytearray(b'wor') in b)
print(b + b'!', b'ab' * 3, 3 * b'c', b'x' * 0, b'a' + bytearray(b'b'))
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'abc' == b'abc', b'a' == 'a', b'a' != 'a', b'abc' == bytearray(b'abc'))
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], sorted([b'b', b'a', b'c']), max(b'hello'))
for x in b'hi\xff':
    print(x, end=' ')
print()
print([c for c in b'az'], sum(b'\x01\x02\x03'), bytes(reversed(b'abc')), b'%s' % b'x')
cases = [lambda: b[20], lambda: b['x'], lambda: 'a' in b, lambda: 256 in b, lambda: b + 'a', lambda: b < 'a', lambda: b * 'x']
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
