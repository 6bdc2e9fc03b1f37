# Collatz sequence lengths, with a cache.
def collatz_len(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
print([collatz_len(i) for i in range(1, 21)])
best, best_len = 1, 1
for i in range(1, 10000):
    l = collatz_len(i)
    if l > best_len:
        best, best_len = i, l
print(best, best_len)
cache = {1: 1}
def cached(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    while path:
        length += 1
        cache[path.pop()] = length
    return length
print(cached(27), cached(97), cached(871), len(cache))
seq = [27]
while seq[-1] != 1:
    x = seq[-1]
    seq.append(x // 2 if x % 2 == 0 else 3 * x + 1)
print(len(seq), max(seq), seq[:10])
print(collatz_len(2 ** 100 + 1))
