# time: clocks move forward, sleep waits, the _ns forms are ints
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
c0 = time.process_time()
time.sleep(0.02)
print(time.perf_counter() - p0 >= 0.02, time.monotonic() - m0 >= 0.02, time.time() - t0 > 0.01)
print(type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
print(time.time() > 1.6e9, time.process_time() >= c0, time.time_ns() > 1.6e18)
time.sleep(0)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep('a')
except TypeError as e:
    print(e)
