# Unpacking and star-unpacking generators, and the errors when counts differ.
def gen(n):
    for i in range(n):
        yield i

a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
*init, last = gen(4)
print(init, last)
x, *mid, y = gen(2)
print(x, mid, y)
print([*gen(3), *gen(2)])
print((*gen(2),))
print({*gen(3)})
def f(*args):
    return args
print(f(*gen(4)))
for p, q in ((i, i * i) for i in range(3)):
    print(p, q)
try:
    a, b = gen(3)
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = gen(1)
except ValueError as e:
    print('ValueError:', e)
try:
    a, *b, c = gen(1)
except ValueError as e:
    print('ValueError:', e)

def noisy():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print('noisy finished')
try:
    a, b = noisy()
except ValueError as e:
    print('after noisy:', e)
