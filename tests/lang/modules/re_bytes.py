# re: bytes patterns on bytes and bytearray subjects.
import re

p = re.compile(rb'(\w+)=(\d+)')
print(p, p.pattern, p.flags, p.groups)
m = p.search(b'x key=42 y')
print(m, m.groups(), m.group(1), m.span(2), m[0])
print(p.findall(b'a=1 b=2'), re.sub(rb'\d', b'#', b'a1b2'), re.sub(rb'(\d)', rb'<\1>', b'a1'))
print(re.split(rb',\s*', b'a, b,c'), re.subn(b'a', b'', b'banana'), re.fullmatch(b'ab', b'ab'))
print(re.findall(b'[\x80-\xff]', b'a\xe9b\xff'), re.search(b'\xe9', b'\xc9', re.I), re.search(b'A', b'a', re.I))
print(re.findall(rb'\w', b'a\xe9_1'), re.search(rb'\s+', b'a \t b').span(), re.escape(b'a.b\xff'))
print(re.search(b'b+', bytearray(b'abbc')), re.search(b'b+', bytearray(b'abbc')).group())
print(re.sub(b'x*', b'-', b'abxd'), re.sub(b'a', lambda m: m.group().upper(), b'banana'))
print(re.compile(b'a', re.I), re.compile(b'a', re.A).flags, re.compile(b'(?i)a').flags)
print(re.match(rb'(?P<n>\d)', b'5').groupdict(), re.search(rb'\x41\101', b'AA'))
for pat, s in [('a', b'a'), (b'a', 'a')]:
    try:
        re.search(pat, s)
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print('TypeError')
