# len, in / not in, and iterating over a string.
s = 'mississippi'
print(len(s), len(''), len(' '), len('\n'), len('tab\there'))
print('ss' in s, 'sip' in s, 'x' in s, '' in s, 'M' not in s)
count = 0
for ch in s:
    if ch == 's':
        count += 1
print(count)
letters = []
for ch in 'hello':
    letters.append(ch)
print(letters)
seen = ''
for ch in s:
    if ch not in seen:
        seen = seen + ch
print(seen)
vowels = 0
for ch in 'The quick brown fox':
    if ch in 'aeiouAEIOU':
        vowels += 1
print(vowels)
print([c for c in 'abc'], [c + c for c in 'xyz'])
i = 0
for c in 'pith':
    print(i, c)
    i += 1
