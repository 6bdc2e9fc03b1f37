# raise, exception args, str and repr of exceptions.
try:
    raise ValueError('x')
except ValueError as e:
    print(e, repr(e), e.args, type(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(str(e)), e.args, repr(e))
try:
    raise KeyError('k')
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    raise TypeError('a', 2, None)
except TypeError as e:
    print(e, e.args, len(e.args))
try:
    raise RuntimeError()
except RuntimeError as e:
    print(repr(e), e.args)
err = IndexError('made, not raised')
print(err, err.args, isinstance(err, IndexError), isinstance(err, LookupError))
try:
    raise err
except LookupError as e:
    print('caught', e, e is err)
def check(n):
    if n < 0:
        raise ValueError('negative: ' + str(n))
    return n
for v in [1, -2]:
    try:
        print(check(v))
    except ValueError as e:
        print('error', e)
print(str(ZeroDivisionError('zd')), repr(NameError('nm')))
print(repr(Exception('a', 'b')), str(Exception('a', 'b')), str(Exception()))
