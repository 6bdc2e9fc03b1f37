# yield from: values pass through, and the sub-generator's return value is the result.
def inner(n):
    for i in range(n):
        yield i
    return 'inner done %d' % n

def outer():
    r = yield from inner(3)
    print('inner returned', r)
    r = yield from inner(0)
    print('empty inner returned', r)
    r = yield from [10, 20]
    print('list returned', r)
    return 'outer done'

g = outer()
print(list(g))
g = outer()
while True:
    try:
        print('next', next(g))
    except StopIteration as e:
        print('stop', e.value)
        break

def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def exhausted_sub():
    sub = inner(2)
    list(sub)
    r = yield from sub
    print('from exhausted:', r)
    yield 'after'
print(list(exhausted_sub()))
