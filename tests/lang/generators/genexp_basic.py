# Generator expressions: lazy, own scope, first iterable evaluated at once.
squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(sum(x for x in range(101)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(sorted((x % 3, x) for x in range(6)))
print(dict((k, k * 2) for k in 'ab'))
print(tuple(c.upper() for c in 'hey' if c != 'e'))
print(list((x, y) for x in range(3) for y in range(x)))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))

def trace(tag, it):
    print('evaluating', tag)
    return it
g = (x for x in trace('first', [1, 2]) for y in trace('second', [0]))
print('created')
print(list(g))

try:
    g = (x for x in 5)
except TypeError as e:
    print('eager error:', e)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('lazy error:', e)

x = 'outer x'
g = (x for x in range(2))
print(list(g), x)
n = 10
g = (i + n for i in range(3))
n = 100
print(list(g))
funcs = list((lambda: i) for i in range(3))
print([f() for f in funcs])
nested = ((y for y in range(x)) for x in range(4))
print([list(inner) for inner in nested])
print(list(x for x in (y * 2 for y in range(4)) if x))
print(' '.join(str(i) for i in range(5)))
