# split on non-ASCII separators and Unicode whitespace
s = 'héllo wörld\u3000日本\u00a0語\u2003end'
print(s.split())
print(s.rsplit(None, 1))
print('α→β→γ'.split('→'), 'α→β→γ'.rsplit('→', 1))
print('naïve café crème'.split('é'))
print('😀x😀y😀'.split('😀'))
print('a\x1cb\x1dc\x1ed\x1ff'.split())
print('a\x85b'.split(), 'a\u2028b'.split())
