# Generator pipelines: each stage pulls one item at a time from the previous one.
log = []

def source(n):
    for i in range(n):
        log.append('src %d' % i)
        yield i

def keep_even(items):
    for x in items:
        if x % 2 == 0:
            log.append('even %d' % x)
            yield x

def square(items):
    for x in items:
        yield x * x

def take(n, items):
    if n <= 0:
        return
    for i, x in enumerate(items):
        yield x
        if i + 1 >= n:
            return

result = list(take(3, square(keep_even(source(100)))))
print(result)
print(log)

def chunks(items, size):
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(7), 3)))

def running_total(items):
    total = 0
    for x in items:
        total += x
        yield total
print(list(running_total(range(1, 6))))
words = 'the quick brown fox jumps over the lazy dog'.split()
lengths = (len(w) for w in words)
long_ones = (n for n in lengths if n > 3)
print(sum(long_ones))
print(list(zip(source(3), 'abc')))
print(dict(enumerate(square(range(4)))))
print(list(map(str, take(2, source(10)))))
print(list(filter(None, (x % 3 for x in range(7)))))
print(sorted(square(range(-3, 3)), reverse=True))
print(min(source(5)), max(square(range(4))))
print('-'.join(map(str, running_total([1, 1, 1]))))
