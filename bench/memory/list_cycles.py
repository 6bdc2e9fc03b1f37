# 200,000 small reference cycles (a list holding itself), built with the
# collector off, then collected: their memory must go back to the OS.
# See bench/memory/run.sh for how the STAGE lines are read.
import gc
gc.disable()
print("STAGE before", flush=True)
input()
for i in range(200000):
    a = []
    a.append(a)
del a
print("STAGE built", flush=True)
input()
gc.collect()
print("STAGE after", flush=True)
input()
