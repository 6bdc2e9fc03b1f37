# bytes methods: split/join/strip/replace/find/count/startswith/case/is*/partition/pad
b = b'  The quick,brown fox  '
print(b.split(), b.split(b','), b.split(None, 1), b.rsplit(None, 1), b'a,b,c'.rsplit(b',', 1), b'a\nb\r\nc'.splitlines(True))
print(b.strip(), b.lstrip(), b.rstrip(), b'xxhixx'.strip(b'x'), b'--a--'.lstrip(b'-'), b'ab'.strip(bytearray(b'b')))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b'aaa'.replace(b'a', b'bb', 2), b'abc'.replace(b'', b'.'))
print(b.find(b'quick'), b.find(111), b.rfind(b'o'), b.index(b'The'), b.count(b'o'), b.count(b' ', 0, 5), b.find(b'q', 5, 8))
print(b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'bc')), b'abc'.startswith(b'b', 1), b'abc'.endswith(b'a', 0, 1))
print(b'Hello World'.upper(), b'Hello World'.lower(), b'Hello World'.swapcase(), b'hello world'.title(), b'hELLO'.capitalize())
print(b'123'.isdigit(), b'abc'.isalpha(), b'a1'.isalnum(), b' \t'.isspace(), b'abc'.islower(), b'ABC'.isupper(), b'Ab Cd'.istitle(), b''.isdigit(), b'\x80'.isascii())
print(b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='), b'kv'.partition(b'='), b'TestX'.removeprefix(b'Test'), b'a.py'.removesuffix(b'.py'))
print(b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'), b'-5'.zfill(4), b'a\tb'.expandtabs(4))
print(b'abc'.hex(), b'\x00\xff'.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2), b'abcdef'.hex(' ', -4), bytes.fromhex('61 62 ff'), bytes.fromhex(''))
print(b'hello'.translate(bytes.maketrans(b'el', b'ip')), b'hello'.translate(None, b'l'))
cases = [lambda: b.find('a'), lambda: b.split('a'), lambda: b.strip('a'), lambda: b','.join(['a']), lambda: b','.join([1]),
         lambda: b.replace('a', b'b'), lambda: b.startswith('a'), lambda: b.count(300), lambda: b.index(b'zz'),
         lambda: b.center(5, 'x'), lambda: b.center(5, b'xy'), lambda: b.partition('a'), lambda: bytes.fromhex('zz'),
         lambda: bytes.fromhex('a'), lambda: b.split(b''), lambda: b.decode(1)]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
