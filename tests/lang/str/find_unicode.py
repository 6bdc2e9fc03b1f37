# find/index/count return code point positions on non-ASCII text
s = 'héllo wörld, 日本語 and 😀 emoji 😀'
print(s.find('w'), s.find('ö'), s.find('日本'), s.find('😀'), s.rfind('😀'), s.find('😀', 25))
print(s.index('語'), s.rindex('o'), s.count('o'), s.count('😀'), s.count('l', 3))
print(s.find('o', 5, 9), s.rfind('l', 0, 4), s.find('é', 1, 2), s.find('é', 2))
print('ααα'.count('αα'), 'ßßß'.find('ß', -1), len(s), s[s.find('日'):s.find('語') + 1])
print('x' in s, '😀' in s, 'wör' in s, 'wor' in s)
