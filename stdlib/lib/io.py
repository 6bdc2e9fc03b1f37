# io: open and the file types (native, from _io), StringIO and BytesIO.
from _io import TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom, UnsupportedOperation

__all__ = ['open', 'StringIO', 'BytesIO', 'TextIOWrapper', 'BufferedReader', 'BufferedWriter',
           'BufferedRandom', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

open = open   # the builtin, as io.open is in CPython
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _MemoryIO:
    _empty = ''

    def __init__(self, initial=None):
        self._closed = False
        self._buf = self._empty if initial is None else initial
        self._pos = 0
        self._pending = None      # StringIO: writes at the end, not yet joined into _buf
        self._pending_len = 0

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')
        if self._pending:
            self._buf = self._buf + ''.join(self._pending)
            self._pending.clear()
            self._pending_len = 0

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def getvalue(self):
        self._check()
        return self._buf

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0 and isinstance(self._buf, str):
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and isinstance(self._buf, str):
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            size = len(self._buf)
        start = min(self._pos, len(self._buf))
        data = self._buf[start:start + size]
        self._pos = start + len(data)
        return data

    def readline(self, size=-1):
        self._check()
        start = min(self._pos, len(self._buf))
        end = self._buf.find(self._newline, start)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._buf[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._buf = self._buf[:size]
        return size

    def _write(self, s):
        self._check()
        if self._pos > len(self._buf):
            self._buf = self._buf + self._pad * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class StringIO(_MemoryIO):
    _empty = ''
    _newline = '\n'
    _pad = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        _MemoryIO.__init__(self, initial_value or '')

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        if not self._closed and self._pos == len(self._buf) + self._pending_len:
            # Appending: accumulate the pieces in a list (joined when read), as
            # CPython's StringIO accumulates, so a loop of writes stays linear.
            if self._pending is None:
                self._pending = []
            self._pending.append(s)
            self._pending_len += len(s)
            self._pos += len(s)
            return len(s)
        return self._write(s)


class BytesIO(_MemoryIO):
    _empty = b''
    _newline = b'\n'
    _pad = b'\0'

    def __init__(self, initial_bytes=b''):
        _MemoryIO.__init__(self, bytes(initial_bytes))

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write(bytes(b))

    def getbuffer(self):
        return bytearray(self._buf)
