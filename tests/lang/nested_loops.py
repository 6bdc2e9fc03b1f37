# Nested loops over different iterables.
for i in range(1, 4):
    row = ''
    for j in range(1, 4):
        row = row + str(i * j) + ' '
    print(row)
pairs = []
for a in 'xy':
    for b in [1, 2]:
        for c in (True, False):
            pairs.append((a, b, c))
print(len(pairs), pairs[0], pairs[-1])
d = {'a': [1, 2], 'b': [3]}
for k in d:
    for v in d[k]:
        print(k, v)
count = 0
i = 0
while i < 4:
    for j in range(i):
        count += 1
    i += 1
print(count)
tri = []
for n in range(5):
    tri.append([])
    for m in range(n + 1):
        tri[n].append(m)
print(tri)
