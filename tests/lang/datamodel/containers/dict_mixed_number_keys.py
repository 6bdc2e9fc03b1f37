# Dict keys that are equal numbers of different types collapse; lookup works across types.
d = {}
for k in [1, 1.0, True, 2, 2.0, 0, False, 0.0, -1, -1.0, 2**64, float(2**64), 0.5]:
    d[k] = d.get(k, 0) + 1
print(d)
print(d[True], d[1.0], d[2], d[float(2**64)], d[2**64], len(d))
e = {True: 'a'}
e[1] = 'b'
print(e, list(e)[0] is True)
del e[1.0]
print(e)
f = dict.fromkeys([0, 0.0, False, 1e0, 1])
print(f)
print({-0.0: 'neg'}[0], {0: 'zero'}[-0.0], {2**70: 1}.get(float(2**70)))
