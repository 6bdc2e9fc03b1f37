# Non-ASCII text: length, indexing and slicing count code points.
s = 'héllo wörld'
print(s, len(s), s[1], s[7], s[-4:], s[::-1])
print(len('日本語'), '日本語'[1], '日本語'[::-1])
print(len('snow ☃ man'), 'snow ☃ man'.split())
print('ü' in 'Müller', 'ue' in 'Müller', 'Müller'.find('l'))
e = 'é'
print(e * 3, e + 'a', len(e * 3))
print(['€', 'a€b'], repr('naïve'))
print('€uro'.replace('€', 'E'), 'x→y'.split('→'))
print('ß' < 'z', 'a' < 'ä')
print('🙂', len('🙂'), len('a🙂b'), 'a🙂b'[1])
for ch in 'aé中':
    print(ch, len(ch))
