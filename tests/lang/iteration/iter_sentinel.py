# iter(callable, sentinel): calls until the sentinel comes back.
data = [3, 1, 4, 1, 5, 9, 0, 2, 6]
pos = 0
def read():
    global pos
    pos += 1
    return data[pos - 1]

it = iter(read, 0)
print(type(it).__name__)
print(iter(it) is it)
print(list(it))
print(list(it), pos)
print(next(it, 'exhausted'))

lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
print(list(lines))

def stops():
    raise StopIteration
print(list(iter(stops, None)))

count = 0
def counted():
    global count
    count += 1
    return count
for n in iter(counted, 4):
    print('n', n)
print([x for x in iter(counted, 7)])

chunks = iter([b'ab', b'cd', b''])
print(b''.join(iter(chunks.__next__, b'')))

def fails():
    raise KeyError('boom')
try:
    list(iter(fails, 1))
except KeyError as e:
    print('KeyError', e)
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    iter()
except TypeError as e:
    print('TypeError:', e)
try:
    iter([], 1, 2)
except TypeError as e:
    print('TypeError:', e)
