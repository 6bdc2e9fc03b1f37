# getattr (with default), setattr, delattr, hasattr on instances, classes and builtins.
class Box:
    kind = 'box'
    def __init__(self):
        self.size = 3
b = Box()
print(getattr(b, 'size'), getattr(b, 'kind'), getattr(b, 'missing', 'dflt'), hasattr(b, 'size'))
setattr(b, 'color', 'red')
print(b.color, hasattr(b, 'color'), getattr(Box, 'kind'))
delattr(b, 'color')
print(hasattr(b, 'color'), getattr(b, 'color', None))
setattr(Box, 'kind', 'crate')
print(b.kind, Box.kind)
print(getattr([], 'append').__name__, hasattr(5, 'bit_length'), hasattr('s', 'nope'))
print(getattr(1, 'real'), getattr(b, 'size', 0) + 1)
for f in [lambda: getattr(b, 'nope'), lambda: delattr(b, 'nope'), lambda: getattr(b, 5),
          lambda: setattr(5, 'x', 1), lambda: setattr([], 'y', 1), lambda: getattr(b),
          lambda: delattr(Box, 'zzz'), lambda: getattr(Box, 'zzz')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
