# re: re.error for bad patterns and templates, and the other errors of the API.
import re

def show(f, *args):
    try:
        r = f(*args)
        print('ok', r)
    except re.error as e:
        print('re.error:', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == args[0])
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

for pat in ['(a', 'a)', '(?P<x>a)(?P<x>b)', '(?P<1x>a)', '(?P=nope)', r'\q', '[a-', 'z-a]', '[z-a]',
            '*a', 'a**', '+', 'a{3,2}', r'\1(a)', '(a)\\2', '(?<x>a)', '(?Px)', '(?z)', 'a(?i)b',
            r'\ ' + '\\', '(?#abc', r'[\d-z]', r'[\A]', 'x{,}{', '(?P<a', '(?P<>a)', r'\x4', r'\u12',
            '(?', '(?P', '(?<', 'a|*', '^*', r'\b*', '(?(1)a)', '(?(x)a)', '(a)(?(2)b)', r'\N', '(?i', r'\400',
            'a\n(b', '(*)']:
    show(re.compile, pat)

m = re.match(r'(a)(?P<n>b)', 'ab')
for tmpl in [r'\3', r'\g<3>', r'\g<nope>', r'\g<1', r'\g', r'\g<>', r'\g<-1>', r'\g<a b>', '\\', r'\q',
             r'\777', r'\g<0>\g<n>', r'\0\00\000', r'x\y']:
    show(m.expand, tmpl)
for tmpl in [r'\2', r'a\1b\3']:
    show(re.sub, '(a)', tmpl, 'a')

show(re.compile, 5)
show(re.search, 'a', 5)
show(re.search, 'a', None)
show(re.compile, re.compile('a'), re.I)
show(re.compile, 'a', re.A | re.U)
show(re.compile, b'a', re.U)
show(re.compile, 'a', re.L)
show(re.sub, 'a', 5, 'a')

e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno, isinstance(e, Exception), re.error.__name__, re.error.__module__)
e = re.error('bad', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
try:
    re.compile('(')
except Exception as e:
    print(type(e).__name__, type(e).__module__)
