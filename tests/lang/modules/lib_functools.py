# functools: reduce, partial, wraps, lru_cache (cache_info), cache, total_ordering, cmp_to_key
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
base2 = partial(int, base=2)
print(base2('1010'), partial(pow, 2)(10), partial(partial(max, 1), 5)(3), base2.keywords, partial(pow, 2).args)
def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k) * 2
    return wrapper
@deco
def add(a, b):
    "adds"
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(1, 2))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2), sq(1))
print(sq.cache_info(), sq.cache_info().hits)
sq.cache_clear()
print(sq.cache_info())
@lru_cache
def ident(x):
    return x
print(ident(3), ident(3), ident.cache_info())
@cache
def f2(a, b=1):
    return a + b
print(f2(1), f2(1), f2(1, b=2), f2.cache_info())
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) >= V(2), V(2) >= V(2), V(3) > V(2), V(1) <= V(1))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['b', 'A', 'c'], key=cmp_to_key(lambda a, b: cmp(a.lower(), b.lower()))))
