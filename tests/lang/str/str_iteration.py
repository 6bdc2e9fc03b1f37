# iterating strings by code point: for, enumerate, reversed, zip, list, map(ord)
s = 'aé日😀'
for i, c in enumerate(s):
    print(i, c, ord(c), len(c.encode()), c.isalpha())
print(list(reversed(s)), list(zip(s, 'wxyz')), list(map(ord, s)), [chr(o) for o in map(ord, s)] == list(s))
it = iter('ab')
print(next(it), next(it), next(it, 'done'))
print(''.join(c.upper() for c in 'straße'), sum(1 for _ in 'ab😀cd'), 'é' in list('café'))
print(any(c.isdigit() for c in 'ab3'), all(c.islower() for c in 'abc'), sorted('bAaB', key=str.lower))
