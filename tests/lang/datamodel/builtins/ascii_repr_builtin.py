# ascii() escapes non-ASCII like repr() but with \x, \u and \U escapes.
for s in ['plain', 'café', 'naïve\n', '日本', '\U0001f600', '\x7f\x80', "it's", 'tab\there', '\u00ff']:
    print(ascii(s), repr(s))
print(ascii(['é', 1, ('ü',)]), ascii({'ß': 'ø'}), ascii(b'\xff'), ascii(3.5), ascii(None))
print(repr(1), repr('x'), repr([1, 'a', (None, True)]), repr(1.0), repr(-0.0), repr(''))
print(repr("a'b"), repr('a"b'), repr('a\'b"c'), repr('\\'), repr('\x00\x1f'), repr('\r\n'))
print(str(1), str('x'), str([1, 'x']), str((1,)), str({'a': 'b'}), str(b'x'), str(None))
