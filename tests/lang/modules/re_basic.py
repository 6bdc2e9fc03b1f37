# re: compile, match, search, fullmatch and the Match object's basics.
import re

p = re.compile(r'a+')
print(p, repr(p), p.pattern, p.flags, p.groups, p.groupindex)
m = p.match('aaab')
print(m)
print(m.group(), m.group(0), m[0], m.start(), m.end(), m.span(), m.pos, m.endpos)
print(m.string, m.re is p, m.re.pattern)
print(p.match('baaa'), p.search('baaa'), p.fullmatch('aaa'), p.fullmatch('aaab'))
print(re.match('x', 'y'), re.search('x', 'y'), re.fullmatch('x', 'xy'))
print(bool(re.match('', '')), re.match('', ''))

# pos and endpos
p = re.compile(r'\w+')
print(p.search('ab cd ef', 3), p.search('ab cd ef', 3, 4), p.match('ab cd', 1))
print(p.search('abc', -5), p.search('abc', 10), p.search('abc', 2, 1))
m = p.search('hello world', 6, 100)
print(m, m.pos, m.endpos)
m = p.search('hello world', -3, -1)
print(m)
m = p.match('hello', 1, 3)
print(m, m.pos, m.endpos)
print(re.compile('^b').search('ab', 1), re.compile('b$').search('abc', 0, 2))
print(re.compile(r'(?<=a)b').search('ab', 1))
print(re.compile('a').fullmatch('xay', 1, 2))

# match repr truncation and quotes
print(re.search('x+', 'a' + 'x' * 80))
print(re.search("'.*", "it's"))
print(re.search('"', 'say "hi"'))
print(re.search(r'\n', 'a\nb'))
print(re.compile('a' * 250))
print(re.compile("it's"), re.compile('say "x"'))

# fullmatch backtracks into alternatives
print(re.fullmatch('a|ab', 'ab'), re.fullmatch('a*?', 'aaa'), re.match('a*?', 'aaa'))
print(re.fullmatch(r'(\d+)-(\d+)', '12-34').groups())

# Pattern equality, cache, purge
print(re.compile('ab') == re.compile('ab'), re.compile('ab') == re.compile('ab', re.I))
print(re.compile('ab') is re.compile('ab'))
print(re.compile(p) is p)
re.purge()
print(re.compile('ab').pattern)
print(type(p).__name__, type(m).__name__, re.Pattern is type(p), re.Match is type(m))

# anchors
print(re.findall(r'^\w', 'ab\ncd'), re.findall(r'\w$', 'ab\ncd\n'), re.search(r'\Aab', 'ab'))
print(re.search(r'b\Z', 'ab\n'), re.search(r'b$', 'ab\n'), re.search(r'b\Z', 'ab'))
print(re.findall(r'\bfoo\b', 'foo foobar afoo foo.'), re.findall(r'\Boo\B', 'foo boot'))

# escapes
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'\D+', 'a1b22c'), re.findall(r'\s', 'a b\tc\nd'))
print(re.findall(r'\S+', ' ab  cd '), re.findall(r'\w+', 'ab_c d-e'), re.findall(r'\W', 'a-b c'))
print(re.search(r'\x41\u0042\U00000043\101\0', 'ABCA\x00'), re.search(r'\t\n\r\f\v\a', '\t\n\r\f\v\a'))
print(re.search(r'\.\*\+\?\(\)\[\]\{\}\|\^\$\\', '.*+?()[]{}|^$\\'))
print(re.findall(r'[\d\s]', 'a1 b'), re.findall(r'[^\w\s]', 'a,b c!'), re.findall(r'[\b]', 'a\bb'))
print(re.findall(r'[a-c\-x]', 'abcdx-'), re.findall(r'[]a]', 'a]b'), re.findall(r'[^]a]', 'a]b'))
print(re.findall(r'[[:alpha:]]', 'ab:[]'), re.findall(r'[\x41-\x43]', 'ABCD'), re.findall(r'[\101-\103]', 'ABCD'))
print(re.findall(r'[.*+?]', 'a.*+?'), re.findall('[#]', 'a#b'), re.findall('a{', 'a{'), re.findall('a{1', 'a{1'))
print(re.findall('x{2}', 'xxxxx'), re.findall('x{2,}', 'xxxxx'), re.findall('x{,2}', 'xxxxx'), re.findall('x{1,2}', 'xxxxx'))
print(re.findall('x{}', 'x{}'), re.findall('x{,}', 'xxx'), re.findall('x{2,3}?', 'xxxx'), re.findall('x*+x', 'xxx'))
print(re.findall('(?>a+)b', 'aab'), re.findall('(?>a|ab)c', 'abc'), re.findall('x++', 'xxx'))
print(re.escape('a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o p#q&r~s-t'), re.escape('abc_123'), re.escape('\t\n'))
print(re.escape('é ü'), re.escape(b'a.b'), re.search(re.escape('1+1=2'), 'is 1+1=2?'))

# lookarounds and conditionals
print(re.findall(r'\w+(?=!)', 'hi! yo'), re.findall(r'\w+(?!\w|!)', 'hi! yo'))
print(re.findall(r'(?<=\$)\d+', '$12 34'), re.findall(r'(?<!\$)\b\d+', '$12 34'))
print(re.findall(r'(<)?\w+(?(1)>)', '<a> b <c'), re.findall(r'(?P<q>")?\w+(?(q)")', '"a" b'))
print(re.findall(r'a(?#comment)b', 'ab'), re.findall(r'(?:ab)+', 'ababx'))
