# An LRU cache built on dict ordering, used to memoize a recursive function; stats printed.
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError('capacity must be positive')
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f'LRUCache({self.capacity}, {list(self.data)})'
c = LRUCache(3)
for k in ['a', 'b', 'c', 'a', 'd', 'b', 'e', 'a']:
    if c.get(k) is None:
        c.put(k, k.upper())
    print(k, c)
print(c.hits, c.misses, c.evictions, 'a' in c, 'c' in c, len(c))
memo = LRUCache(50)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    cached = memo.get(n)
    if cached is not None:
        return cached
    r = ways(n - 1) + ways(n - 2) + ways(n - 3)
    memo.put(n, r)
    return r
print([ways(n) for n in range(15)], ways(80))
print(memo.hits, memo.misses, memo.evictions, len(memo))
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)
