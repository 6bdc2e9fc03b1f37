# Resurrection: __del__ stores self; it survives and __del__ never runs twice.
import sys
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)
        saved.append(self)
p = Phoenix('p')
del p
print('saved', len(saved), saved[0].name)
q = saved.pop()
print('popped', q.name)
del q
print('no second __del__', len(saved))
class Counter:
    calls = 0
    def __del__(self):
        Counter.calls += 1
        global revived
        revived = self
c = Counter()
del c
print(Counter.calls, type(revived).__name__)
revived = None
print(Counter.calls)
print('end')
