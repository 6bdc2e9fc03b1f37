# binary files: bytes in and out, read(n), readline, seek/tell, modes and reprs
with open('t.bin', 'wb') as f:
    print(f.write(b'abc\x00\xff\ndef\n'), f.mode, f)
with open('t.bin', 'rb') as f:
    print(f.read(2), f.tell(), f.read(), f.read(), f.tell())
    print(f.seek(1), f.readline(), f.readline(), f.readline())
    print(f.seek(-2, 2), f.read(), f.seek(0, 1))
with open('t.bin', 'rb') as f:
    print(f.readlines(), f)
    print([line for line in open('t.bin', 'rb')])
with open('t.bin', 'ab') as f:
    f.write(bytearray(b'xyz'))
    print(f.mode, f.tell())
with open('t.bin', 'r+b') as f:
    print(f.mode, f.read(3))
    f.seek(0)
    f.write(b'ABC')
    print(f)
print(open('t.bin', 'rb').read())
with open('t.bin', 'w+b') as f:
    print(f.mode, f.read())
with open('t.bin', 'xb') if False else open('t2.bin', 'xb') as f:
    print(f.mode, f.write(b''))
