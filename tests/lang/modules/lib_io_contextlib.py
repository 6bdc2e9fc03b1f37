# io.StringIO / BytesIO and contextlib (contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack)
import io, sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack
s = io.StringIO()
print(s.write('hello\n'), s.write('world'), s.getvalue(), s.tell())
s.seek(0); print(repr(s.readline()), repr(s.read()), repr(s.read()))
s = io.StringIO('a\nb\nc'); print(list(s), s.closed)
s.close(); print(s.closed)
try:
    s.read()
except ValueError as e:
    print(e)
b = io.BytesIO(b'xyz'); b.seek(0, 2); b.write(b'123'); print(b.getvalue(), b.tell(), b.seek(1), b.read(2))
print('to file', file=(buf := io.StringIO())); print(repr(buf.getvalue()))
print(io.SEEK_END, io.open is open, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('b') as t:
    print('inside', t)
try:
    with tag('i'):
        raise KeyError('k')
except KeyError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print('swallowed')
with swallow():
    1 / 0
print('after swallow')
with suppress(FileNotFoundError, KeyError):
    {}['x']
print('suppressed')
class Res:
    def close(self):
        print('closed Res')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)
out = io.StringIO()
with redirect_stdout(out):
    print('captured')
print(repr(out.getvalue()), sys.stdout is sys.__stdout__)
with ExitStack() as stack:
    stack.callback(print, 'callback 1')
    stack.enter_context(tag('x'))
    stack.callback(print, 'callback 2')
    print('body')
