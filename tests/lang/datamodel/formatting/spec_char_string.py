# c for ints, s for strings with precision (truncation), width and alignment.
for v in [65, 97, 8364, 0x1F600, 48, 10]:
    print(repr(format(v, 'c')), repr(format(v, '>3c')), repr(format(v, '*^5c')))
for s in ['hello', '', 'é日本', 'x' * 12]:
    print([format(s, spec) for spec in ['s', '.2s', '.0s', '8.3s', '>8s', '^9.4', '_<6.1', '']])
print('%.3s|%5s|%-5s|%5.1s|' % ('abcdef', 'ab', 'ab', 'xyz'))
print('{:.2}|{:>6.3s}|{:c}'.format('truncate', 'abcdef', 120))
for bad in [(-1, 'c'), (0x110000, 'c'), (1.5, 'c'), ('ab', 'c'), ('s', '+s'), ('s', '=5'), ('s', 'd')]:
    try:
        print(format(bad[0], bad[1]))
    except (ValueError, OverflowError, TypeError) as e:
        print(bad, type(e).__name__, e)
