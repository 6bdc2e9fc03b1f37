# Conditional expressions: x if cond else y, nested and lazy.
for n in [-2, 0, 3]:
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
print(1 if True else 2, 1 if False else 2, 1 if [] else 2)
def side(x):
    print('side', x)
    return x
print(side('a') if 1 else side('b'))
print(side('a') if 0 else side('b'))
sign = lambda x: -1 if x < 0 else (1 if x > 0 else 0)
print(sign(-9), sign(0), sign(4))
vals = [x if x % 2 == 0 else -x for x in range(6)]
print(vals)
y = 10
z = y * 2 if y > 5 else y / 2
print(z)
print((1 if y else 0) + 100, 1 if y else 0 + 100)
print([1, 2] if y > 100 else [3] if y > 50 else [4, 5])
