# str.replace with counts, empty patterns and non-ASCII text
s = 'the cat sat on the mat'
print(s.replace('at', 'og'), s.replace('at', 'og', 2), s.replace('at', 'og', 0), s.replace('at', 'og', -1))
print(s.replace('the ', ''), s.replace('zz', 'yy'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'))
print('ééé'.replace('é', 'e'), 'naïve'.replace('ï', 'i'), 'a→b'.replace('→', ' -> '))
print('日本語'.replace('', '|'), '😀😀'.replace('😀', ':)'))
print('aaaa'.replace('aa', 'b'), 'aaa'.replace('a', 'aa'))
print('x'.replace('x', 'é').upper(), len('abc'.replace('b', 'β')))
for bad in [(1, 'a'), ('a', 1), ('a', 'b', 'c')]:
    try:
        'a'.replace(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
big = 'ab' * 10000
print(len(big.replace('a', 'xyz')), big.replace('b', '').count('a'))
