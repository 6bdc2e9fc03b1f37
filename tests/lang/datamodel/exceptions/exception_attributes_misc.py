# Exception objects: with_traceback, __traceback__ presence, add_note-free attributes, equality.
try:
    raise ValueError('v')
except ValueError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__ is None)
err = KeyError('k')
print(err.__traceback__, err.args, err.__class__.__name__, KeyError.__name__, KeyError.__qualname__)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
e = MyErr(404)
print(e.code, e.args, str(e), repr(e), isinstance(e, BaseException))
print(ValueError('a') == ValueError('a'), e == e, hash(e) == hash(e))
print(issubclass(MyErr, Exception), MyErr.__bases__[0].__name__, MyErr.__mro__[-1].__name__)
print(repr(StopIteration(1).value), repr(SystemExit(2).code), repr(SystemExit().code))
try:
    raise OSError(2, 'No such file')
except OSError as e:
    print(e.errno, e.strerror, str(e), e.args)
