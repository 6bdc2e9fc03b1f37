# Two big lists built and dropped one after the other: the second round
# must give its memory back too (glibc's heap, unlike mmap, may keep it).
# See bench/memory/run.sh.
print("STAGE before", flush=True)
input()
big = [str(i) for i in range(10**6)]
del big
big = [i * 0.5 for i in range(10**6)]
print("STAGE built", flush=True)
input()
del big
print("STAGE after", flush=True)
input()
