# The builtin exception hierarchy: each class's base, as CPython 3.11 defines it.
names = [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
         ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
         AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError,
         IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
         FileNotFoundError, PermissionError, FileExistsError, IsADirectoryError, TimeoutError,
         ReferenceError, RuntimeError, NotImplementedError, RecursionError, SyntaxError,
         IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError,
         UnicodeDecodeError, UnicodeEncodeError, Warning, UserWarning, DeprecationWarning,
         RuntimeWarning, StopAsyncIteration, ConnectionError, BrokenPipeError, ChildProcessError]
for cls in names:
    print(cls.__name__, cls.__bases__[0].__name__, [c.__name__ for c in cls.__mro__][1:])
print(issubclass(KeyError, Exception), issubclass(KeyboardInterrupt, Exception),
      issubclass(SystemExit, BaseException), issubclass(StopIteration, Exception))
print(IOError is OSError, EnvironmentError is OSError)
