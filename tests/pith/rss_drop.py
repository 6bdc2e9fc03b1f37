# pith-only: memory freed by del (and by gc.collect() for cycles) goes back to the OS,
# requires: pools
# read through psutil.Process().memory_info().rss as the tutorials do (issue 8).
# CPython 3.11 keeps 1.4 MiB after the strs and 3.2 MiB after the cycles here, so this
# test is pith's own (tests/pith/).
import gc
import psutil

MiB = 1024 * 1024
proc = psutil.Process()

def rss():
    return proc.memory_info().rss

before = rss()
block = bytearray(64 * MiB)
print('a 64 MiB bytearray shows in rss:', rss() - before > 60 * MiB)
del block
print('and leaves it at del:', rss() - before < MiB)

before = rss()
big = [str(i) for i in range(10**6)]
peak = rss()
del big
after = rss()
print('a million strs: grew by more than 20 MiB:', peak - before > 20 * MiB)
print('a million strs: back within 1 MiB after del:', after - before < MiB)

gc.disable()
before = rss()
for i in range(200000):
    a = []
    a.append(a)
del a
peak = rss()
gc.collect()
after = rss()
gc.enable()
print('200,000 cycles: grew by more than 10 MiB:', peak - before > 10 * MiB)
print('200,000 cycles: back within 1 MiB after gc.collect():', after - before < MiB)
