# Memoised fibonacci with a dict; big results stay exact.
memo = {0: 0, 1: 1}
def fib(n):
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print([fib(i) for i in range(20)])
print(fib(100))
print(fib(300))
print(len(memo))
def make_memo(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapped
calls = [0]
def slow_square(n):
    calls[0] += 1
    return n * n
fast = make_memo(slow_square)
print([fast(i % 5) for i in range(20)], calls[0])
def count_paths(r, c, cache={}):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in cache:
        cache[key] = count_paths(r - 1, c) + count_paths(r, c - 1)
    return cache[key]
print(count_paths(2, 2), count_paths(10, 10), count_paths(30, 30))
