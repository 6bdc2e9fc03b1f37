# print(): sep, end, file, flush keywords, None defaults, and argument errors.
import sys
print('a', 'b', 'c', sep='')
print('a', 'b', sep=None)
print('x', end=None)
print('y', end='')
print()
print(1, 2, 3, sep=', ', end='.\n')
print(*range(5), sep='|')
print('to stdout', file=sys.stdout, flush=True)
print('to none', file=None)
print(sep='-', end='=\n')
print('multi\nline', 'two', sep='\n')
print([1, 'a'], (None,), {'k': 'v'}, 1.0, -0.0, b'x', True)
for kw in [{'sep': 1}, {'end': 2}, {'bad': 3}, {'file': 5}]:
    try:
        print('z', **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
