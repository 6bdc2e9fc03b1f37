# is* predicates on ASCII and Unicode text
samples = ['', 'abc', 'ABC', 'Abc', 'aBc', '123', '١٢٣', '½', '²', 'Ⅻ', '一二', ' \t\n', '\u3000', 'héllo',
           'Hello World', 'Hello world', 'ǅemal', 'abc123', 'a_b', '_x1', '1x', 'x y', 'café', '\x7f', 'é\u200b',
           'ß', 'ΣΑΣ', 'σας', '😀', '\x85', 'A1', '⅛', 'x\u0301']
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
             s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(repr(s), ''.join('1' if f else '0' for f in flags))
try:
    'a'.isdigit(1)
except TypeError as e:
    print(type(e).__name__, e)
