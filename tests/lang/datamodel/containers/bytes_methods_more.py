# More bytes methods: partition, rsplit, ljust/rjust, translate, maketrans, expandtabs, removeprefix.
b = b'key=value=more'
print(b.partition(b'='), b.rpartition(b'='), b.partition(b'#'), b.rsplit(b'=', 1), b.split(b'=', 1))
print(b'ab'.ljust(5, b'.'), b'ab'.rjust(5), b'a\tb'.expandtabs(4), b'  x  '.lstrip(), b'xxhixx'.strip(b'x'))
t = bytes.maketrans(b'abc', b'xyz')
print(b'aabbcc'.translate(t), b'hello'.translate(None, b'l'), len(t))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'abc'.capitalize())
print(b'a1 b2'.isalnum(), b'   '.isspace(), b'ABC'.isupper(), b'abc'.islower(), b'Hi There'.istitle())
print(b'hello'.rfind(b'l'), b'hello'.rindex(b'l'), b'hello'.find(b'l', 3), b'hello'.count(b'l', 0, 3))
print(b'one two three'.split(maxsplit=1), b'a,b,c'.rsplit(b',', maxsplit=1), b'x'.join([b'1', b'2', b'3']))
print(bytes.fromhex('00ff10').hex(), b'\x00\xff'.hex(':'), b'abc'.startswith(b'b', 1), b'abc'.endswith(b'b', 0, 2))
