# Freeing a million nested lists must not overflow the C stack.
x = None
for i in range(1000000):
    x = [x]
print('built')
del x
print('freed')
y = None
for i in range(200000):
    y = (y,)
y = None
print('tuples freed')
d = {}
for i in range(100000):
    d = {'next': d}
d = 0
print('dicts freed')
