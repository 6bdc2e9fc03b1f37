# str.split / rsplit with sep, maxsplit, keywords and whitespace runs
s = '  the quick  brown\tfox\njumps  '
print(s.split())
print(s.split(None, 2))
print(s.rsplit(None, 2))
print(s.split(' '))
print('a,b,,c,'.split(','))
print('a,b,,c,'.split(',', 2))
print('a,b,,c,'.rsplit(',', 2))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1))
print(''.split(), ''.split(','), '   '.split(), '   '.split(' '))
print('x'.split(sep='x'), 'axbxc'.split(maxsplit=1, sep='x'))
print('one two three'.split(maxsplit=0), 'one two three'.rsplit(maxsplit=0))
print('  lead'.split(None, 0), 'trail  '.rsplit(None, 0))
print('a b c'.split(maxsplit=-1), 'a b c'.split(maxsplit=-5))
for bad in [(1,), (',', 'x'), ('',)]:
    try:
        'a,b'.split(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    'a'.split(',', 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
