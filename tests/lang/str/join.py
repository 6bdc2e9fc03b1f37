# str.join over lists, tuples, generators, dicts and errors
print(', '.join(['a', 'b', 'c']))
print(''.join(('x', 'y')))
print('-'.join(c for c in 'héllo'))
print('|'.join({'k1': 1, 'k2': 2}))
print('→'.join(['α', 'β']), repr(''.join([])), repr('x'.join(['only'])))
print('/'.join(map(str, range(5))))
for bad in [5, [1, 2], ['a', None]]:
    try:
        ','.join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ','.join()
except TypeError as e:
    print(type(e).__name__, e)
big = ','.join(str(i) for i in range(1000))
print(len(big), big[:20], big[-10:])
