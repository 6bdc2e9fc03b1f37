d = {}
for i in range(5000):
    d[i * 7919 % 10007] = i
print(len(d), list(d)[:10], list(d)[-5:])
for k in list(d)[::2]:
    del d[k]
print(len(d), list(d)[:10])
for i in range(1000):
    d[-i] = i
print(len(d), list(d)[-5:])
t = 0
for k, v in d.items():
    t = t + k * v
print(t)
n = {}
for i in range(100):
    n[i] = i
    del n[i]
print(n, len(n))
s = {}
for i in range(300):
    s[str(i)] = i
print(list(s)[:5], s['150'], len(s))
m = dict.fromkeys(range(1000))
for i in range(999):
    m.popitem()
print(m)
