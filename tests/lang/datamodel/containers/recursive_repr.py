# Self-referencing containers print [...], {...} and (...) like CPython.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a), a[2] is a)
d = {'k': 1}
d['self'] = d
print(d)
d2 = {'k': {}}
d2['k']['k'] = d2
print(d2)
b = [a, [a]]
print(b)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
m = {1: []}
m[1].append(m)
print(m, [m])
s = [{}, []]
s[0]['list'] = s
s[1].append(s[1])
print(s)
print(repr([[[]]]), [d, d])
