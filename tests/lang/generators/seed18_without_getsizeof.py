# Seed 18's generator part (tests/seed/18_generator_memory.py without sys.getsizeof):
# generators produce values on the fly instead of building a list.
def squares(n):
    for i in range(n):
        yield i * i


gen = squares(10**6)
print(type(gen).__name__)
print(next(gen), next(gen), next(gen))
print(sum(gen))
print(sum(x * x for x in range(10)))
try:
    next(gen)
except StopIteration:
    print('exhausted')
