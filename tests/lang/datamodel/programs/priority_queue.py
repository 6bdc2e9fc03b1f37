# A binary-heap priority queue class with stable ordering for equal priorities.
class EmptyQueue(Exception):
    pass
class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._count = 0
    def push(self, priority, item):
        self._heap.append((priority, self._count, item))
        self._count += 1
        self._sift_up(len(self._heap) - 1)
    def pop(self):
        if not self._heap:
            raise EmptyQueue('pop from empty queue')
        h = self._heap
        h[0], h[-1] = h[-1], h[0]
        priority, _, item = h.pop()
        if h:
            self._sift_down(0)
        return priority, item
    def _sift_up(self, i):
        h = self._heap
        while i > 0:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break
    def _sift_down(self, i):
        h = self._heap
        n = len(h)
        while True:
            smallest = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and h[c] < h[smallest]:
                    smallest = c
            if smallest == i:
                return
            h[i], h[smallest] = h[smallest], h[i]
            i = smallest
    def __len__(self):
        return len(self._heap)
    def __bool__(self):
        return bool(self._heap)
pq = PriorityQueue()
tasks = [(3, 'write tests'), (1, 'fix crash'), (2, 'review'), (1, 'deploy'), (5, 'lunch'), (2, 'email')]
for p, t in tasks:
    pq.push(p, t)
print(len(pq), bool(pq))
while pq:
    p, t = pq.pop()
    print(f'{p}: {t}')
try:
    pq.pop()
except EmptyQueue as e:
    print(type(e).__name__, e)
nums = PriorityQueue()
for i, v in enumerate([9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 4]):
    nums.push(v, f'n{i}')
print([nums.pop() for _ in range(len(nums))])
