# if / elif / else chains and truthiness of every basic type.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 7, 42, 1000]:
    print(n, classify(n))
for v in [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {'k': 0}, None, True, False, range(0), range(1)]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x > 3:
    if x > 4:
        print('nested both')
    else:
        print('nested first')
if x == 1: print('one-liner no')
elif x == 5: print('one-liner yes')
if not x:
    print('no')
else:
    print('else branch')
