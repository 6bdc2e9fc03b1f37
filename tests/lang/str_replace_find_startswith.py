# replace, find and startswith.
s = 'the cat sat on the mat'
print(s.replace('at', 'og'), s.replace('the', 'a'), s.replace('x', 'y'))
print(s.replace('t', 'T', 2), s.replace('', '-')[:12])
print(s.find('cat'), s.find('the'), s.find('dog'), s.find('t', 5), s.find(''))
print(s.startswith('the'), s.startswith('cat'), s.startswith(''), s.startswith(s + '!'))
path = 'dir/sub/file.txt'
print(path.startswith('dir/'), path.find('/'), path[path.find('/') + 1:])
text = 'aaa'
print(text.replace('a', 'bb'), text.replace('aa', 'c'))
url = 'http://example.com/page'
if url.startswith('http://'):
    print('plain', url[7:])
print('abcabc'.find('c', 3), 'abcabc'.find('c', 3, 4), 'abc'.find('abcd'))
out = s
while out.find('  ') >= 0:
    out = out.replace('  ', ' ')
print(out.replace(' ', '_'))
i = s.find('t')
hits = []
while i >= 0:
    hits.append(i)
    i = s.find('t', i + 1)
print(hits)
