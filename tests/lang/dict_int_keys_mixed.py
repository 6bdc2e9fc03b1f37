# Keys that compare equal are the same key: 1, 1.0 and True.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d[0] = 'zero'
d[False] = 'false'
print(d)
e = {2 ** 70: 'big', -1: 'neg', (1, (2, 3)): 'tuple', '': 'empty'}
print(e[2 ** 70], e[-1], e[(1, (2, 3))], e[''])
print(2 ** 70 in e, 2 ** 71 in e, (1, (2, 3)) in e)
f = {}
for i in range(-5, 6):
    f[i * i] = i
print(f)
g = {0.5: 'half', 1.5: 'one and a half'}
print(g[0.5], g.get(1.5), g.get(2.5))
grid = {}
for r in range(2):
    for c in range(3):
        grid[(r, c)] = r * 10 + c
print(grid)
print(grid[(1, 2)], grid.get((5, 5), '-'))
