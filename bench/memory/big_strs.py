# A million small strs in a list, then dropped: the memory must go back to
# the OS.  bench/memory/run.sh reads the process's VmRSS at each STAGE line
# (the program waits on input() there) and VmHWM (peak) at the end.
print("STAGE before", flush=True)
input()
big = [str(i) for i in range(10**6)]
print("STAGE built", flush=True)
input()
del big
print("STAGE after", flush=True)
input()
