# bytearray: construction, repr, mutation methods, in-place operators
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__, bytearray(), bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'))
ba.append(33)
ba.extend(b' world')
ba.extend([33, 63])
ba.insert(0, 62)
ba.insert(-1, 32)
ba.insert(100, 46)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('l'))
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba))
x = bytearray(b'ab')
y = x
x += b'cd'
x *= 2
print(x, y is x, x + b'!', b'!' + x, x * 2, 2 * x, x == b'abcdabcd', x.copy(), x.upper(), x.split(b'c'))
print(bytearray(b'abc').find(b'c'), bytearray(b' x ').strip(), bytearray(b'a-b').replace(b'-', b'+'), bytearray(b'x').decode())
print(b'-'.join([bytearray(b'a'), b'b']), bytearray(b'-').join([b'a', b'b']), bytearray.fromhex('41 42'), bytearray(b'xy').hex())
cases = [lambda: bytearray(b'a').extend('ab'), lambda: bytearray(b'a').extend(5), lambda: bytearray(b'a').extend([300]),
         lambda: hash(bytearray()), lambda: bytearray(b'abc').pop(5), lambda: bytearray().pop(),
         lambda: bytearray(b'a').remove(5), lambda: bytearray(b'a').append(300), lambda: bytearray(b'a').append('a'),
         lambda: bytearray(b'a') + 'a', lambda: bytearray(b'a')['x'], lambda: bytearray(b'a')[5], lambda: bytearray(1.5),
         lambda: bytearray('a'), lambda: bytearray(b'a').remove(b'a')]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
