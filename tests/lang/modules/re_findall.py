# re: findall and finditer (groups, pos/endpos, empty matches).
import re

print(re.findall(r'\d+', 'a1 b22 c333'), re.findall(r'(\w)=(\d)', 'a=1 b=2 c'), re.findall(r'(\w)=\d', 'a=1 b=2'))
print(re.findall(r'(a)|(b)', 'ab'), re.findall(r'(a)?b', 'b ab'), re.findall(r'x', 'abc'))
print(re.findall('', 'abc'), re.findall('a*', 'baaac'), re.findall('a*?', 'aa'), re.findall(r'\b', 'ab cd'))
print(re.findall('(a*)', 'bab'), re.findall('|a', 'aa'), re.findall('a|', 'aa'), re.findall('(?=a)', 'aa'))
p = re.compile(r'\w')
print(p.findall('abcdef', 2), p.findall('abcdef', 2, 4), p.findall('abcdef', -10, 100), p.findall('abc', 3), p.findall('abc', 2, 1))
print(re.compile('^a', re.M).findall('ab\nab\na', 1))
it = re.finditer(r'\d+', 'a1 b22 c333')
print(type(it).__name__ in ('callable_iterator', 'generator'))
for m in it:
    print(m, m.span(), m.group())
print([m.span() for m in re.finditer('', 'ab')], [m.span() for m in re.finditer('x*', 'axxb')])
print([m.groups() for m in re.finditer(r'(\w)(\d)?', 'a1b')])
ms = list(re.compile(r'\w').finditer('abcde', 1, 3))
print(ms, [(m.pos, m.endpos) for m in ms])
print(len(re.findall('a', 'a' * 1000)), len(re.findall('', 'b' * 300)))
words = re.findall(r"[A-Za-z']+", "It's a truth universally acknowledged, that a single man")
print(words, len(words))
