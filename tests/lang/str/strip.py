# strip/lstrip/rstrip with whitespace (incl. Unicode) and char sets
print(repr('  hi  '.strip()), repr('  hi  '.lstrip()), repr('  hi  '.rstrip()))
print(repr('\t\n hi \r\x0b\x0c'.strip()))
print(repr('\u3000\u00a0wide\u2009'.strip()))
print(repr('xxhixx'.strip('x')), repr('xyhiyx'.lstrip('xy')), repr('xyhiyx'.rstrip('yx')))
print(repr('ééaéé'.strip('é')), repr('😀a😀'.strip('😀')), repr('αβγβα'.strip('αβ')))
print(repr('abc'.strip('')), repr(''.strip()), repr('   '.strip()), repr('aaa'.strip('a')))
print(repr('  x '.strip(None)))
for name in ['strip', 'lstrip', 'rstrip']:
    try:
        getattr('a', name)(1)
    except TypeError as e:
        print(type(e).__name__, e)
