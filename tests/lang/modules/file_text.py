# text files: write/read/readline/readlines/iteration/with, name, mode, closed, tell, seek, append, r+
f = open('t1.txt', 'w')
print(f.write('hello\nwörld\n'), f.name, f.mode, f.closed, f.encoding)
f.writelines(['a\n', 'b\n'])
print('x', 1, file=f)
print(f.tell())
f.close()
print(f.closed, f.close())
with open('t1.txt') as f:
    for line in f:
        print(repr(line))
with open('t1.txt') as f:
    print(repr(f.readline()), repr(f.read(3)), f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open('t1.txt', 'a') as f:
    print(f.tell())
    f.write('end\n')
with open('t1.txt', 'r+') as f:
    print(f.read(2))
    f.seek(0)
    f.write('J')
    f.seek(0)
    print(f.readline(), end='')
    print(f.seek(0, 2))
with open('t1.txt') as f:
    print(f.read().splitlines())
    print(f.__enter__() is f, f.readable(), f.writable(), f.seekable())
print(f.closed)
with open('t1.txt', 'w') as f:
    pass
print(repr(open('t1.txt').read()))
f = open('t1.txt', 'w+')
f.write('line1\nline2\n')
f.seek(0)
print(f.readlines(), f.tell())
f.close()
print(open('t1.txt').readlines(7))
