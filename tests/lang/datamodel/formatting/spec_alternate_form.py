# The # option: 0b/0o/0x prefixes, forced decimal point, kept zeros for g.
for v in [0, 5, 255, -255, 2**40, -1]:
    print(v, [format(v, s) for s in ['#b', '#o', '#x', '#X', '#010x', '#_b', '#12d']])
for v in [1.0, 2.5, 100.0, 1e-5, 12345.0, 0.0]:
    print(v, [format(v, s) for s in ['#.0f', '.0f', '#g', 'g', '#.3g', '#.0e', '.0e', '#']])
print(format(3.0, '#.0%'), format(0.5, '#.0%'))
