# stderr: exact
# An exception raised inside a generator shows the generator's frame in the traceback.
def numbers():
    yield 1
    raise ValueError('bad number')


def doubled(source):
    for n in source:
        yield n * 2


total = 0
for value in doubled(numbers()):
    total += value
