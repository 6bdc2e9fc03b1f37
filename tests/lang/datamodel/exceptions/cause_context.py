# __cause__, __context__ and __suppress_context__ after raise, raise from, from None.
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
def explicit():
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
def suppressed():
    try:
        [][0]
    except IndexError:
        raise TypeError('clean') from None
def cause_only():
    raise ValueError('v') from KeyError('cause')
for f in (implicit, explicit, suppressed, cause_only):
    try:
        f()
    except Exception as e:
        print(f.__name__, repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError(1)
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError('x') from 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise KeyError('inner')
    except KeyError:
        try:
            raise IndexError('middle')
        except IndexError:
            raise OSError('outer')
except OSError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__), e.__context__.__context__.__context__)
