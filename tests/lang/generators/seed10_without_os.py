# Seed 10's generator part (tests/seed/10_generator_file.py without the os module):
# a generator reads a file one line at a time.
path = 'seed_large_file.txt'
with open(path, 'w') as f:
    for i in range(5):
        f.write('line %d\n' % i)


def read_large_file(file):
    while True:
        data = file.readline()
        if not data:
            break
        yield data


with open(path) as f:
    for line in read_large_file(f):
        print(line, end='')

with open(path) as f:
    print(sum(1 for _ in f), 'lines')

with open(path) as f:
    gen = read_large_file(f)
    print(next(gen), end='')
    print(f.closed)
print(f.closed)
try:
    list(gen)
except ValueError as e:
    print('ValueError:', e)
print(gen.gi_frame)
