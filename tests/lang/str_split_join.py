# split and join.
print('a b  c'.split(), '  lead and trail  '.split(), ''.split())
print('a,b,,c'.split(','), ','.split(','), ''.split(','), 'abc'.split(','))
print('one::two::three'.split('::'), 'x--y'.split('-'))
print('line1\nline2\n\tline3'.split())
print('a b c d'.split(' '), 'a  b'.split(' '))
print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), '-'.join([]), ' '.join(['solo']))
print(', '.join('abc'), '\n'.join(['r1', 'r2']))
words = 'the quick brown fox jumps'.split()
print(len(words), words[2], ' '.join(words[::-1]))
csv = 'name,age\nann,30\nbob,25'
for row in csv.split('\n'):
    cols = row.split(',')
    print(cols[0], cols[1])
nums = '3 1 4 1 5 9 2 6'.split()
total = 0
for n in nums:
    total += int(n)
print(total, '+'.join(nums))
print('a=1;b=2'.split(';')[1].split('='))
