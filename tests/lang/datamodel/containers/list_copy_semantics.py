# Shallow copies share nested objects; slicing, list() and copy() all copy one level.
orig = [[1, 2], [3], 4]
copies = [orig[:], list(orig), orig.copy(), [*orig], [x for x in orig]]
orig[0].append('shared')
orig[2] = 'replaced'
for c in copies:
    print(c, c[0] is orig[0], c is orig)
d = {'a': [1]}
dc = d.copy()
dd = dict(d)
d['a'].append(2)
d['b'] = 0
print(d, dc, dd)
s = {1, 2}
sc = set(s)
s.add(3)
print(s, sc)
t = (1, [2])
t2 = tuple(t)
print(t2 is t, t[:] is t, t2)
l = [1, 2, 3]
l2 = l
l = l[:]
l.append(4)
print(l, l2)
