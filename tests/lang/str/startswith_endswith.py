# startswith/endswith with tuples, start and end
s = 'hello world'
print(s.startswith('hello'), s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('world'), s.endswith('hello', 0, 5), s.endswith('lo', None, 5), s.endswith('o', -7, -6))
print(s.startswith(('x', 'he')), s.endswith(('x', 'y')), s.startswith(()), s.endswith(('',)))
print(s.startswith('', 11), s.startswith('', 12), s.endswith('', 5, 4), s.endswith('', 4, 5))
print('héllo'.startswith('hé'), 'héllo'.endswith('llo', 2), '日本語'.endswith('本', 0, 2), '😀x'.startswith('x', 1))
for bad in [1, (1,), ['a']]:
    try:
        s.startswith(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.endswith(None)
except TypeError as e:
    print(type(e).__name__, e)
