# re: groups by number and name, groups()/groupdict() defaults, lastindex/lastgroup, expand, indexing.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Jane Doe rest')
print(m.group(1), m.group('last'), m.group(1, 2), m.group('first', 'last', 0), m.group(0, 'opt'))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m['first'], m[2], m.start('last'), m.end(2), m.span('opt'), m.start(3), m.span(3))
print(m.lastindex, m.lastgroup, m.regs)
print(m.re.groupindex, m.re.groups, sorted(m.re.groupindex.items()))
print(m.expand(r'\2, \1 (\g<first>/\g<2>/\g<opt>)'), m.expand(r'\g<0>\n'))
for bad in (4, -1, 'nope', 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m[5]
except IndexError as e:
    print('IndexError', e)
try:
    m.start(7)
except IndexError as e:
    print('IndexError', e)
print(m.group(True))

# lastindex: the group that closed last
for pat, s in [(r'(a)b', 'ab'), (r'((a)b)', 'ab'), (r'(a)(b)', 'ab'), (r'(a(b))', 'ab'),
               (r'(a)(b*)', 'a'), (r'a', 'a'), (r'(a)|(b)', 'b'), (r'(a)|(b)', 'a'),
               (r'(?P<x>a)(?P<y>b)?', 'a'), (r'((?P<in>a))', 'a'), (r'(a)+', 'aaa'), (r'(?:(a)|b)+', 'ab')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.groups())

# unmatched groups
m = re.match(r'(a)|(b)', 'b')
print(m.groups(), m.group(1), m.span(1), m.start(1), m.end(1), m.groupdict())
print(re.match(r'(a)?(b)?', '').groups(), re.match(r'(a)?(b)?', '').groups(''))

# repeated groups keep the last iteration
m = re.match(r'(\w)+', 'abc')
print(m.group(1), m.span(1))
m = re.match(r'(?:(\d)|(\w))+', 'a1b')
print(m.groups(), m.span(1), m.span(2))

# backreferences
print(re.findall(r'(\w)\1', 'aabbcd'), re.search(r'(?P<c>\w)(?P=c)', 'xyzzy'), re.sub(r'(\w)\1', r'<\1>', 'aabcc'))
print(re.search(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))
print(re.match(r'(a)\1?', 'a'), re.match(r'(?i)(a)\1', 'aA'))

# nested and non-capturing
m = re.match(r'((a)(?:b)(c(d)))', 'abcd')
print(m.groups(), m.re.groups, m.lastindex)
print(re.compile(r'(?P<a>x)(?:y)(z)').groupindex, re.compile('').groupindex)

# many groups
p = re.compile('(.)' * 12)
m = p.match('abcdefghijklmn')
print(p.groups, m.groups(), m.group(12), m.lastindex)

# names with unicode and long names
m = re.match(r'(?P<ñame>\w)(?P<a_very_long_group_name_over_thirty_two_chars>\w)', 'xy')
print(m.groupdict(), m.lastgroup)
