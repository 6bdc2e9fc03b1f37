# re: flags IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, combined and inline; flag reprs.
import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, repr(re.I | re.M), re.S | re.I)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), re.I == 2, re.I | 0, re.I & re.M)
print(re.X | re.A | re.I, re.A | re.U, isinstance(re.I, int), re.I + 1, re.IGNORECASE.name, re.I.value)
print(re.compile('a', re.I), re.compile('a', re.I | re.M | re.S | re.X), re.compile('a', re.A), re.compile('a', re.U))
print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile('a', re.A).flags, re.compile('(?i)a').flags)
print(re.compile('(?s)a'), re.compile('(?x)a'), re.compile('(?ims)a').flags)

print(re.findall('abc', 'ABC abc AbC', re.I), re.findall('[a-c]+', 'ABCabcX', re.IGNORECASE))
print(re.findall('(?i)straße', 'STRAßE strasse'), re.findall('é', 'ÉéE', re.I), re.findall('[à-ÿ]+', 'ÀÉÎ', re.I))
print(re.findall('^\\w+', 'one\ntwo\nthree'), re.findall('^\\w+', 'one\ntwo\nthree', re.M), re.findall('\\w+$', 'a\nb\nc', re.M))
print(re.findall('a.b', 'a\nb aXb'), re.findall('a.b', 'a\nb aXb', re.S), re.findall('(?s:a.)b', 'a\nb'))
pat = re.compile(r'''
    (?P<int>\d+)    # the integer part
    \.              # a dot
    (?P<frac>\d*)   # the fraction  [not a class]
    [ ]x            # a class keeps its space
    \ y             # an escaped space
''', re.VERBOSE)
print(pat.search('pi is 3.14 x y!').groupdict(), pat.groups)
print(re.search('(?x) a b # c', 'ab'), re.search('a b(?x: c d )e', 'a bcde'), re.search('(?x)a[ #]b', 'a#b'))
print(re.search(r'(?x)a\#b', 'a#b'), re.search('a#b', 'a#b'), re.search('(?x)a\\ b', 'a b'))
print(re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'(?a)\w+', 'héllo'))
print(re.findall(r'\d', '1٢3'), re.findall(r'\d', '1٢3', re.ASCII), re.findall(r'\s', 'a\u3000b'), re.findall(r'\s', 'a\u3000b', re.A))
print(re.findall(r'\bé', 'é aé'), re.findall(r'\bé', 'é aé', re.A))
print(re.findall('(?i:a)b', 'AB Ab ab aB'), re.findall('a(?-i:b)', 'AB Ab ab aB', re.I), re.findall('(?im)^a', 'A\na'))
print(re.match('(?i)HELLO', 'hello'), re.findall('(?m)x$', 'x\nx'), re.fullmatch('(?s).*', 'a\nb'))
print(re.sub('A', 'b', 'aAa', flags=re.I), re.split('X', 'axbXc', flags=re.I), re.subn('^', '#', 'a\nb', flags=re.M))
print(re.search('a', 'A', re.I | re.A), re.findall('[^a]', 'aAb', re.I))
print(re.compile('x', re.I | re.S).flags, re.compile('x', flags=re.DOTALL).pattern)
