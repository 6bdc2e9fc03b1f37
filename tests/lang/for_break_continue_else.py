# for loops with break, continue and else.
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    print('i', i)
else:
    print('never')
def find(lst, target):
    for idx in range(len(lst)):
        if lst[idx] == target:
            print('found at', idx)
            break
    else:
        print('not found')
find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)
for ch in 'abc':
    pass
else:
    print('loop var after', ch)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print('prime', n)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        print(i, j, end=' ')
    print()
