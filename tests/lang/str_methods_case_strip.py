# upper, lower, strip and friends on ASCII text.
s = '  Hello, World!  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(s.upper(), s.lower())
print('abc'.upper(), 'ABC'.lower(), 'MiXeD 123'.upper(), 'MiXeD 123'.lower())
print(repr('\t\n x \n\t'.strip()), repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')))
print(repr('...end'.lstrip('.')), repr('start!!!'.rstrip('!')))
print(repr(''.strip()), repr('   '.strip()))
names = ['  alice ', 'BOB', ' Carol']
clean = []
for n in names:
    clean.append(n.strip().lower())
print(clean)
print('Hello'.upper().lower().strip())
t = 'keep'
u = t.upper()
print(t, u)
