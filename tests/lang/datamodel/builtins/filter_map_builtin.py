# filter and map: lazy iterators, None as predicate, several iterables, exhaustion.
print(list(filter(None, [0, 1, '', 'a', [], [0], None, 2.5])))
print(list(filter(lambda x: x % 3 == 0, range(20))), list(filter(str.isdigit, 'a1b2c3')))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3, 4], [5, 2])), list(map(str, range(3))))
print(list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')), list(map(len, ['', 'ab', [1]])))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m), type(m).__name__)
f = filter(None, (0, 5, 0, 6))
print(next(f), next(f), next(f, 'end'), type(f).__name__)
calls = []
def noisy(x):
    calls.append(x)
    return x
lazy = map(noisy, range(5))
print(calls)
print(next(lazy), calls)
print(sum(map(int, '12345')), max(map(len, ['a', 'abc', 'ab'])), dict(map(lambda k: (k, k * 2), 'ab')))
for bad in [lambda: map(abs), lambda: list(map(abs, 5)), lambda: filter(None), lambda: list(map(abs, ['x']))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
