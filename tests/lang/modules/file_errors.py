# file errors: OSError subclasses with errno/strerror/filename, closed files, bad modes and types
import os
def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: open('missing.txt'))
try:
    open('missing.txt')
except OSError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError), e.args)
os.mkdir('adir')
show(lambda: open('adir'))
show(lambda: open('adir', 'w'))
open('exists.txt', 'w').close()
show(lambda: open('exists.txt', 'x'))
show(lambda: open('nodir/x.txt', 'w'))
f = open('exists.txt')
f.close()
show(lambda: f.read())
show(lambda: f.readline())
show(lambda: f.write('x'))
show(lambda: f.tell())
show(lambda: f.seek(0))
show(lambda: next(iter(f)))
g = open('exists.txt', 'rb')
g.close()
show(lambda: g.read())
for mode in ['b', 'rw', 'z', 'rr', 'bt', 'r+b+', 'wx']:
    show(lambda: open('exists.txt', mode))
show(lambda: open('exists.txt', 'rb', encoding='utf-8'))
show(lambda: open('exists.txt', 'r', buffering=0))
show(lambda: open('exists.txt', 'r', newline='a'))
show(lambda: open('exists.txt', encoding='nope'))
show(lambda: open(1.5))
with open('exists.txt') as r:
    show(lambda: r.write('x'))
    show(lambda: r.seek(1, 1))
    show(lambda: r.seek(-1))
with open('exists.txt', 'w') as w:
    show(lambda: w.read())
    show(lambda: w.write(b'bytes'))
with open('exists.txt', 'wb') as w:
    show(lambda: w.write('str'))
with open('exists.txt', 'rb') as r:
    show(lambda: r.write(b'x'))
print(OSError(2, 'No such file or directory'), OSError('plain'), OSError(2, 'msg', 'f.txt'))
print(FileNotFoundError(2, 'x'), str(PermissionError()))
