# print(file=sys.stderr) writes to stderr; only stdout is compared.
import sys
print('to stdout 1')
print('to stderr', file=sys.stderr)
print('to stdout 2')
print('err', 'with', 'sep', sep='-', file=sys.stderr)
print('to stdout 3', file=sys.stdout)
print('end')
for i in range(3):
    print('out', i)
    print('err', i, file=sys.stderr)
print('x', 'y', sep='', end='\n', file=sys.stderr)
print(file=sys.stderr)
print('really the end')
