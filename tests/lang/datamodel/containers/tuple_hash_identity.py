# Tuple hashes are CPython's xxHash-based values for numbers; equal tuples hash equal.
for t in [(), (0,), (1,), (1, 2), (2, 1), (1, 2, 3), (-1,), (-2,), ((),), ((1, 2), (3,)),
          (1.5,), (True, False), (2**64,), (0, 0, 0, 0), tuple(range(10)), (None is None,)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)) == hash((True, 2)))
print({(1, 2): 'a', (1.0, 2.0): 'b'})
print(len({(i % 3, i % 2) for i in range(12)}))
