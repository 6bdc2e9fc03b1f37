# bool(): truthiness of every builtin type, and bool's own behaviour.
things = [0, 1, -1, 0.0, -0.0, 0.1, '', ' ', '0', [], [0], (), ((),), {}, {0: 0}, set(),
          {0}, frozenset(), None, range(0), range(1), b'', b'\x00', bytearray(),
          float('nan'), 10**100, slice(0)]
for t in things:
    print(repr(t), bool(t), not t)
print(bool(), bool(True), repr(True), str(False), int(True), float(False))
print(True is bool(1), isinstance(False, int), issubclass(bool, int), type(True).__name__)
print(True + 0.5, True == 1, hash(True), True is not False, [True] * 3)
print(sum([True, True, False, True]), max(False, True), sorted([True, False, True]))
print(bool.__name__, bool(x := 0), x)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
