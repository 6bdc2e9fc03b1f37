# re: keyword arguments, module-level vs Pattern methods, copy, and Match attributes.
import re, copy

p = re.compile(pattern=r'(\w)(\d)', flags=re.I)
print(p.search(string='xa1', pos=1, endpos=3), p.match('a1', pos=0), p.fullmatch('a1b2', endpos=2))
print(p.findall('a1b2c3', pos=2, endpos=6), [m.group() for m in p.finditer('a1b2', pos=1)])
print(p.sub(repl=r'\2\1', string='a1b2', count=1), p.subn(r'\2', 'a1b2'), p.split(string='xa1yb2z', maxsplit=1))
print(re.sub(r'\d', '#', 'a1b2', count=1, flags=re.I), re.split(r'\d', 'a1b2', maxsplit=1, flags=0))
print(re.findall(r'A', 'aA', flags=re.I), re.search('A', 'a', flags=re.I), re.match(pattern='a', string='a'))
print(re.fullmatch('A', 'a', re.I), list(re.finditer('A', 'aA', re.I)), re.subn('a', 'b', 'aaa', count=2))
m = p.search('--a1--')
print(m.groups(default='?'), m.groupdict(default='?'), m.span(2), m.start(1), m.end(0))
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m)
print(m.re, m.string, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(hash(re.compile('abc')) == hash(re.compile('abc')), {re.compile('x'): 1}[re.compile('x')])
print(re.compile(r'\d').sub('', '') == '', re.compile('').sub('-', 'ab'), re.compile('(?P<a>.)').sub(r'\g<a>\g<a>', 'xy'))
print(re.search(r'(?P<year>\d{4})-(?P<month>\d\d)', 'on 2024-05-17').groupdict())
log = '2024-01-02 ERROR disk full\n2024-01-03 INFO ok\n2024-01-04 ERROR cpu hot'
for m in re.finditer(r'^(\S+) (ERROR) (.*)$', log, re.M):
    print(m.group(1), m.group(3), m.span())
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  ').strip(), re.split(r'[;,]\s*', 'a; b,c ,d'))
