# Augmented assignment to subscripts and through aliases.
a = [1, 2, 3]
a[0] += 10
a[-1] *= 3
print(a)
d = {'k': 1}
d['k'] += 41
d['s'] = 'x'
d['s'] += 'y'
print(d)
m = [[1, 2], [3, 4]]
m[1][0] -= 3
m[0][1] **= 5
print(m)
calls = []
def idx():
    calls.append('idx')
    return 0
b = [100]
b[idx()] += 1
print(b, calls)
x = [1]
y = x
x += [2]
print(x is y, y)
u = (1,)
v = u
u += (2,)
print(u is v, u, v)
counts = {}
for w in 'a b a c a b'.split():
    counts[w] = counts.get(w, 0)
    counts[w] += 1
print(counts)
