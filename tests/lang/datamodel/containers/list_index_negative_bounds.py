# Negative indexes, index()/insert()/pop() with negative and out-of-range positions.
l = list('abcdef')
print(l[-1], l[-6], l[-3:], l[:-3], l[-100:2], l[2:-100], l[-2:-5:-1])
print(l.index('c', -4), l.index('f', -1), l.pop(-2), l)
l.insert(-1, 'X')
l.insert(-100, 'S')
l.insert(100, 'E')
print(l)
l[-1] = 'end'
del l[-2]
print(l, l[len(l) - 1], l[~0], l[~1])
for bad in [lambda: l[-100], lambda: l.pop(-100), lambda: l.index('a', -1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
