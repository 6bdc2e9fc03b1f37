# getattr/hasattr on builtin values and types: methods, attributes, defaults.
print(getattr(5, 'real'), getattr(2.5, 'imag'), getattr('ab', 'upper')(), getattr([3, 1], 'index')(1))
print(hasattr([], 'append'), hasattr((), 'append'), hasattr({}, 'keys'), hasattr(1, 'numerator'), hasattr(None, 'x'))
print(getattr(int, '__name__'), getattr(dict, 'fromkeys')('ab'), getattr(range(3), 'stop'), getattr(slice(1, 2), 'start'))
print(getattr(1.5, 'is_integer')(), getattr(b'x', 'hex')(), getattr(frozenset(), 'union')([1]))
for obj, name in [(5, 'nope'), ('s', 'x'), ([], 'push'), (int, 'nope')]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
