# str(), repr() and .args of exceptions with zero, one and several arguments.
for e in [ValueError(), ValueError('msg'), ValueError('a', 2), ValueError(None), ValueError(''),
          ValueError(42), ValueError(['x']), KeyError('k'), KeyError(), KeyError('a', 'b'),
          KeyError(1), IndexError('i'), Exception('x', ('y',)), StopIteration(5), OSError(2, 'nf'),
          ZeroDivisionError('z'), TypeError('t\nline'), RuntimeError("q'uote")]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = ValueError('first')
e.args = ('changed', 1)
print(str(e), repr(e))
e.custom = 'attr'
print(e.custom, isinstance(e, Exception), bool(ValueError()), ValueError('a') == ValueError('a'))
try:
    raise KeyError('missing key')
except KeyError as err:
    print(err, repr(err), err.args[0])
