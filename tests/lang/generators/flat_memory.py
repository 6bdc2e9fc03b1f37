# One million items through a generator pipeline: constant memory, reasonable time.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def odd(items):
    for x in items:
        if x & 1:
            yield x

def scaled(items, k):
    for x in items:
        yield x * k

def windows(items):
    prev = None
    for x in items:
        if prev is not None:
            yield x - prev
        prev = x

total = 0
count = 0
for d in windows(scaled(odd(numbers(1000000)), 3)):
    total += d
    count += 1
print(count, total)
print(sum(x % 7 for x in range(1000000)))
print(max(scaled(numbers(1000000), 2)))
