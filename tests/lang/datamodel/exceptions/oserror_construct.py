# OSError(errno, strerror, filename, ...): errno subclass mapping, attributes, trimmed args, subclasses.
e = OSError(2, 'nf')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e), repr(e))
e = OSError(2, 'nf', 'file.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e), repr(e))
e = OSError(1, 'x', 'a', None, 'b')
print(type(e).__name__, e.args, str(e))
e = OSError('just a message')
print(type(e).__name__, e.errno, e.strerror, e.args, str(e))
e = FileNotFoundError(13, 'perm')
print(type(e).__name__, e.errno, str(e))
class MyOS(OSError):
    def __init__(self, msg):
        super().__init__(17, msg)
e = MyOS('exists')
print(type(e).__name__, e.errno, e.strerror, e.args, str(e))
class Plain(OSError): pass
e = Plain(2, 'q')
print(type(e).__name__, e.errno, e.args, str(e))
for n in [11, 32, 104, 111, 103, 10, 4, 3, 110, 99999]:
    print(n, type(OSError(n, 'm')).__name__)
try:
    open('/nonexistent/zz')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, str(e))
try: OSError(x=1)
except TypeError as e: print(e)
print(IOError is OSError, issubclass(BrokenPipeError, ConnectionError))
e = OSError(2, 'nf'); e.errno = 5; print(e.errno)
