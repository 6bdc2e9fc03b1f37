# StopIteration ends loops, comprehensions and consumers; exhausted iterators stay exhausted.
it = iter([1, 2, 3])
for x in it:
    if x == 2:
        break
print('rest', list(it))
print(list(it), list(it))

it = iter(range(5))
print([x for x in it if x < 2], list(it))

def gen():
    yield 1
    yield 2
g = gen()
print(sum(g), sum(g))

it = iter('abcdef')
pairs = list(zip(it, it))
print(pairs)

it = iter([1, 2, 3, 4, 5])
print(3 in it, list(it))
it = iter([1, 2, 3])
print(9 in it, list(it))

it = iter([10, 20, 30])
for i, x in enumerate(it):
    print(i, x, next(it, None))

e = enumerate('ab')
print(list(e), list(e))
m = map(abs, [-1, -2])
print(list(m), list(m))
z = zip([1], [2])
print(list(z), list(z))

it = iter([1, 2])
try:
    while True:
        print('manual', next(it))
except StopIteration:
    print('manual loop ended')
