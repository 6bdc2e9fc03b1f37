# find/rfind/index/rindex/count with start and end, including negatives
s = 'abracadabra'
print(s.find('a'), s.find('a', 1), s.find('a', 1, 3), s.find('a', -4), s.find('a', -4, -1))
print(s.rfind('a'), s.rfind('a', 0, -1), s.rfind('abra'), s.rfind('abra', 0, 10), s.rfind('z'))
print(s.index('cad'), s.rindex('a', 0, 5), s.count('a'), s.count('a', 2), s.count('a', 2, -2), s.count('abra'))
print(s.find(''), s.find('', 5), s.find('', 11), s.find('', 12), s.rfind(''), s.rfind('', 3, 5))
print(s.count(''), s.count('', 3), s.count('', 12), s.count('', 5, 2))
print(s.find('a', None, None), s.find('a', 100), s.find('a', -100), s.count('a', -100, 100))
print(s.find('a', True), s.count('a', False, 4))
for args in [('z',), ('a', 5, 6)]:
    for name in ['index', 'rindex']:
        try:
            getattr(s, name)(*args)
        except ValueError as e:
            print(name, type(e).__name__, e)
for bad in [(1,), ('a', 'x'), (), ('a', 1, 2, 3)]:
    try:
        s.find(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.find(sub='a')
except TypeError as e:
    print(type(e).__name__, e)
