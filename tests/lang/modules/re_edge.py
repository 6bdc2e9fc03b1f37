# re: edge cases where Python's syntax and PCRE2's differ (translated by re.py).
import re

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

for pat in ['(?<=a|bc)x', '(?<=a*)x', '(?<=ab|cd)x', '(?<!a{2})x', '(?<=(a)b)c', '(?<=a{1,2})x', '(?<=(?:ab|c)d)x',
            '(?<=\\d{3})x', '(?<=[ab]\\w.)x', '(?<=a(?=b)c)x', '(?<=a?)x',
            r'(a)(?P<n>\1)', r'(a\1)', r'(?P<n>a(?P=n))', '(?i)(?m)a', 'x(?i)', '(?x)  (?i)a', '[]', '[^]',
            r'\p{L}', r'\K', r'\G', r'\h', r'\R', r'\e', '(?|a)', '(?R)', '(?1)', '(?&x)', '(?C1)', '(*ACCEPT)',
            'a{1,2}{3}', 'a?*', '(?:)*', '()*', '(?=a)*', r'\8', r'[\8]', '(?P<a>x)|(?P<a>y)', '(?u)a',
            '(?L)a', '(?a-i:a)', '(?-:a)', '(?i-i:a)', 'aaaaa)']:
    show(re.compile, pat)

show(lambda: re.match('(?x) a (?-x: b c) d', 'ab cd'))
show(lambda: re.match('((?x) a)', 'a'))
show(lambda: re.match(r'\x{41}', 'x{41}'))
show(lambda: re.findall(r'[\s\S]', 'a\n'))
show(lambda: re.findall(r'.', '\r\n\x85\u2028'))
show(lambda: re.findall(r'$', 'a\r\n'))
show(lambda: re.findall(r'(?m)$', 'a\r\nb\u2028c'))
show(lambda: re.findall(r'\s', '\x1c\x1d\x1e\x1f\x85\xa0 '))
show(lambda: re.findall(r'[\s]', '\x1c\x1d\x1e\x1f\x85\xa0 '))
show(lambda: re.findall(r'\S', '\x1c\x1dab'))
show(lambda: re.findall(r'(?a)\s', '\x1c\x85 '))
show(lambda: re.findall(r'\w', '\u00b2\u00bd\u0300a\u0301'))
show(lambda: re.findall(r'(?i)s', 'S\u017f'))
show(lambda: re.split(r'(?<=,)', 'a,b,c'))
show(lambda: re.sub(r'(?<=a)', '-', 'aaa'))
show(lambda: re.match('a++a', 'aaa'))
show(lambda: re.search(r'\d{2,}?', '12345').group())
show(lambda: re.match(r'(?P<x>a)(?P=x)(?(x)b|c)', 'aab').group())
show(lambda: re.compile('(?x) # just comment\n a').pattern)
show(lambda: re.sub('a', 'b', 'aaa', -1))
show(lambda: re.subn('a', 'b', 'aaa', -5))
show(lambda: re.split('a', 'bab', -1))
show(lambda: re.compile('a', 0.5))
show(lambda: re.sub('a', lambda m: None, 'bab'))
show(lambda: re.sub('a', lambda m: 5, 'bab'))
show(lambda: re.sub('a', b'x', 'a'))
show(lambda: re.sub(b'a', 'x', b'a'))
show(lambda: re.sub('a', None, 'a'))
show(lambda: re.compile('a{3}{2}'))

# re.ASCII with re.IGNORECASE: only ASCII letters ignore case
print(re.search('é', 'É', re.A | re.I), re.search('[é]', 'É', re.A | re.I), re.search('k', 'K', re.A | re.I))
print(re.findall('[é-ü]', 'ÉéÜü', re.A | re.I), re.findall('[a-cé]+', 'ABCÉé', re.A | re.I), re.findall('[^é]', 'ÉéA', re.A | re.I))
print(re.findall('[x-é]', 'XxyÉé', re.A | re.I), re.findall('(?ai)é', 'Éé'), re.findall('é', 'Éé', re.I))

# ^ in MULTILINE mode after a final newline; \B never matches in an empty string
print(re.findall('(?m)^', 'ab\n'), re.sub('(?m)^', '>', 'a\nb\n'), re.findall(r'\B', ''), re.findall(r'\B', 'ab'))
print(re.search(r'\B', 'abc', 3), re.compile(r'\B').search('ab', 0, 0), re.split(r'(?m)^', 'a\nb\n'))
