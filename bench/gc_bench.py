# Collector benchmark; prints "name seconds" lines (bench/gc_bench.sh checks them).
#   young-1e4, young-1e6: one collection of generation 0 holding 1000 fresh
#     lists, with 1e4 or 1e6 long-lived objects in generation 2 -- a young
#     collection must not scan old objects, so the two stay within 1.5x;
#   full-1e6: one full collection of 1e6 live lists (compare with python3).
import gc, time

def best(times):
    return min(times)

def young(old_count, rounds=200):
    gc.collect()
    old = [[i] for i in range(old_count)]
    gc.collect()
    times = []
    for _ in range(rounds):
        fresh = [[i] for i in range(1000)]
        t0 = time.perf_counter()
        gc.collect(0)
        times.append(time.perf_counter() - t0)
        del fresh
    del old
    return best(times)

def full(count, rounds=5):
    data = [[i] for i in range(count)]
    gc.collect()
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        gc.collect()
        times.append(time.perf_counter() - t0)
    del data
    return best(times)

gc.disable()
y4 = young(10 ** 4)
y6 = young(10 ** 6)
print('young-1e4 %.7f' % y4)
print('young-1e6 %.7f' % y6)
print('young-ratio %.2f' % (y6 / y4))
print('full-1e6 %.5f' % full(10 ** 6))
