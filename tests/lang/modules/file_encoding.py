# text decoding and encoding: utf-8, latin-1, ascii, errors=, universal newlines, newline=
with open('t.bin', 'wb') as f:
    f.write(b'a\r\nb\rc\nd\xc3\xa9')
with open('t.bin') as f:
    print(repr(f.read()), f.tell())
with open('t.bin', newline='') as f:
    print(f.readlines())
with open('t.bin', newline='\n') as f:
    print(f.readlines())
with open('t.bin', newline='\r') as f:
    print(f.readlines())
with open('t.bin') as f:
    print(f.readlines())
with open('t.bin', encoding='latin-1') as f:
    print(repr(f.read()), f.encoding, f)
with open('t.bin', encoding='ascii') as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
with open('t.bin', 'wb') as f:
    f.write(b'ab\xffcd\xe9\xe9')
try:
    open('t.bin').read()
except UnicodeDecodeError as e:
    print(e, isinstance(e, ValueError))
print(repr(open('t.bin', errors='replace').read()))
print(repr(open('t.bin', errors='ignore').read()))
with open('u.txt', 'w', encoding='latin-1') as f:
    f.write('caf\xe9\n')
    try:
        f.write('a\u20ac')
    except UnicodeEncodeError as e:
        print(e)
print(open('u.txt', 'rb').read())
with open('u.txt', 'w', encoding='ascii') as f:
    try:
        f.write('ab\xe9')
    except UnicodeEncodeError as e:
        print(e)
with open('u.txt', 'w', newline='\r\n') as f:
    f.write('a\nb\n')
print(open('u.txt', 'rb').read())
with open('u.txt', 'w', encoding='utf-8') as f:
    print(f.write('日本語\n€\n'), f.encoding)
with open('u.txt', encoding='UTF8') as f:
    print(f.read(2), repr(f.readline()), f.readline())
print(open('u.txt', 'rb').read())
