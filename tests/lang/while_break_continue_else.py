# while loops with break, continue and else.
i = 0
while i < 5:
    print('i', i)
    i += 1
else:
    print('while else ran')
n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print('odd', n)
else:
    print('never')
print('n after', n)
k = 10
while k > 0:
    k -= 3
    if k == 100:
        break
else:
    print('else after normal end, k =', k)
x = 0
while x < 3:
    y = 0
    while y < 3:
        if y == x:
            break
        y += 1
    print('x', x, 'y', y)
    x += 1
empty = []
while empty:
    print('never')
else:
    print('empty else')
