# re: random patterns (from a fixed seed) over a few strings: findall, sub, split, search,
# fullmatch and finditer must agree with CPython's engine, empty matches included.
import random
import re

rnd = random.Random(20240517)
atoms = [r'\1', '(?<=a)', '(?<!b)', r'[\d\s]', r'[^\w]', r'\.', '[.-]', r'\n', '(?i:a)', r'\B',
         'a', 'b', 'c', '.', r'\w', r'\d', r'\s', r'\b', '^', '$', '[ab]', '[^a]', '[a-c]', r'\W',
         'é', 'x', r'\Z', r'\A', ' ']
quantifiers = ['*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{,2}', '{2,}', '*+']
anchors = ('^', '$', r'\b', r'\B', r'\Z', r'\A', '(?<=a)', '(?<!b)')
strings = ['', 'a', 'abc', 'aab bc\nca', 'é a1 b2', 'xx  yy', 'ab\n', 'cba abc\n\nx', 'a1b2c3']


def gen(depth=0):
    out = ''
    for _ in range(rnd.randint(1, 4)):
        if rnd.random() < 0.15 and depth < 2:
            kind = rnd.choice(['(', '(?:', '(?P<g%d>' % rnd.randint(0, 99), '(?=', '(?!', '(?>'])
            body = gen(depth + 1)
            if rnd.random() < 0.3:
                body += '|' + gen(depth + 1)
            item = kind + body + ')'
        else:
            item = rnd.choice(atoms)
        if item not in anchors and rnd.random() < 0.4:
            item += rnd.choice(quantifiers)
        out += item
    return out


def run(p, s, f):
    try:
        r = re.compile(p, f)
    except re.error:
        print(repr(p), 'error')
        return
    m = r.search(s)
    print(repr(p), repr(s), f, r.findall(s), repr(r.sub(r'<\g<0>>', s)), r.split(s),
          m and (m.span(), m.groups(), m.lastindex), r.fullmatch(s) is not None,
          [x.span() for x in r.finditer(s)])


for i in range(250):
    p = gen()
    for s in rnd.sample(strings, 2):
        run(p, s, rnd.choice([0, 0, re.I, re.M, re.S, re.A]))
