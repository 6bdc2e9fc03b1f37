# files are flushed and closed when collected; print(file=f) writes through f.write
def write_and_drop():
    f = open('g.txt', 'w')
    f.write('dropped without close\n')
    print('via print', 42, sep='|', file=f)
write_and_drop()
print(open('g.txt').read(), end='')
f = open('g.txt', 'a')
f.write('appended')
del f
print(open('g.txt').read().splitlines())
import sys
print(sys.stdout.write('direct\n'), sys.stdout.name, sys.stderr.mode, sys.stdin.mode)
print(sys.stdout)
sys.stdout.flush()
