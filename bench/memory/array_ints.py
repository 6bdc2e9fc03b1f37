# A million ints in an array('q') (8 bytes each) instead of a list, then dropped: compact
# storage and the block goes back to the OS.  See bench/memory/run.sh for the STAGE lines.
from array import array
print("STAGE before", flush=True)
input()
big = array('q', range(10**6))
print("STAGE built", flush=True)
input()
del big
print("STAGE after", flush=True)
input()
