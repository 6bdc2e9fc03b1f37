# Conversions followed by specs apply the spec to the converted string.
vals = ['x', 3, 2.5, None, [1, 'a'], (1,), 'é']
for v in vals:
    print(f'[{v!r:>10}] [{v!s:<8}] [{v!a:^10}] [{v!r:.3}] [{str(v):_>6}]')
