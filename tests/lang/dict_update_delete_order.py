# Insertion order survives updates; deleted keys re-enter at the end.
d = {}
d['x'] = 1
d['y'] = 2
d['z'] = 3
print(d)
d['x'] = 10
print(d)
del d['x']
print(d)
d['x'] = 100
print(d)
del d['y']
del d['z']
print(d, len(d))
for i in range(10):
    d[i] = i * i
for i in range(0, 10, 2):
    del d[i]
print(d)
d[4] = 'back'
print(d)

print(list(d))
big = {}
for i in range(1000):
    big[i] = str(i)
for i in range(1000):
    if i % 7:
        del big[i]
print(len(big), list(big)[:5], big[994])
