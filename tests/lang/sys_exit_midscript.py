# sys.exit(0) stops the script with status 0; later lines never run.
import sys
def work(items):
    out = []
    for it in items:
        out.append(it * 2)
    return out
print('before', work([1, 2, 3]))
total = 0
for i in range(10):
    total += i
    print('loop', i, total)
    if i == 3:
        print('exiting now')
        sys.exit(0)
    print('after check', i)
print('never printed')
work(['never'])
