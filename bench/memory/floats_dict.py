# Mixed sizes: a dict of 300,000 int -> float entries, with a str key set
# beside it; dropped together.  See bench/memory/run.sh.
print("STAGE before", flush=True)
input()
d = {i: i * 0.5 for i in range(300000)}
keys = {str(i) + "x" for i in range(100000)}
print("STAGE built", flush=True)
input()
del d, keys
print("STAGE after", flush=True)
input()
