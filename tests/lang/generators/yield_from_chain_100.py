# A yield from chain 100 deep: values, send, throw and close travel the whole chain.
def leaf():
    total = 0
    try:
        while True:
            x = yield total
            if x is None:
                return total
            total += x
    except KeyError:
        yield 'leaf caught KeyError'
    finally:
        print('leaf finally')

def chain(depth):
    if depth == 0:
        r = yield from leaf()
    else:
        r = yield from chain(depth - 1)
    return r

g = chain(100)
print(next(g))
for i in range(1, 6):
    print(g.send(i))
try:
    g.send(None)
except StopIteration as e:
    print('chain returned', e.value)

g = chain(100)
next(g)
print(g.throw(KeyError))
g.close()
print(g.gi_frame)

def counting(depth, n):
    if depth == 0:
        yield from range(n)
    else:
        yield from counting(depth - 1, n)
print(sum(counting(100, 1000)))
print(list(counting(99, 5)))
