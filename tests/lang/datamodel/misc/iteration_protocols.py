# for loops over every builtin iterable, with else, break, and mutation during iteration.
for it in ['ab', [1, 2], (3,), {4: 'x'}, {5}, range(6, 8), b'\x09', bytearray(b'\n'), {1: 2}.items(), enumerate('z')]:
    out = []
    for item in it:
        out.append(item)
    else:
        out.append('else')
    print(type(it).__name__, out)
for i in range(5):
    if i == 2:
        break
else:
    print('not printed')
print('broke at', i)
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
    if len(l) > 6:
        break
print(l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'new'
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c, end=' ')
print()
