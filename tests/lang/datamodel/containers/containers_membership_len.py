# in, not in and len() across every container, including nested and equal-but-different types.
things = [[1, 2, [3]], (1, (2,)), {1: 'a', (2, 3): 'b'}, {1, 2.0}, frozenset([3]), 'abc',
          b'abc', bytearray(b'xy'), range(0, 10, 3), {}.keys(), {1: 2}.values(), {1: 2}.items()]
probes = [1, 2, 3, [3], (2,), (2, 3), 'a', 'bc', 98, 9, 2.0, True, (1, 2)]
for t in things:
    hits = []
    for p in probes:
        try:
            hits.append(p in t)
        except TypeError as e:
            hits.append(type(e).__name__)
    print(type(t).__name__, len(t), hits)
nan = float('nan')
print(nan in [nan], nan in (nan,), nan in {nan}, float('nan') in [nan])
print('' in 'abc', '' in '', [] in [[]], () in [()], None in [0, False, ''], 0 in [False])
