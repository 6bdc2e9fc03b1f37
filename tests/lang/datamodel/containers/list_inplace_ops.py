# += extends with any iterable, + needs a list; aliasing shows the difference.
a = [1]
alias = a
a += (2, 3)
a += 'xy'
a += range(2)
a += {9: 'k'}
print(a, alias is a)
b = [1]
c = b
b = b + [2]
print(b, c, b is c)
try:
    b = b + (3,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
try:
    t += [3]
except TypeError as e:
    print(type(e).__name__, e)
holder = ([1],)
try:
    holder[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(holder)
d = {'k': [1]}
d['k'] += [2]
d['n'] = d.get('n', 0) + 1
print(d)
m = [[1], [2]]
for row in m:
    row += [0]
print(m)
x = [0]
x *= 3
x[0:1] *= 2
print(x)
