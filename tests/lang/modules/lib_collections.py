# collections: deque (maxlen, both ends), defaultdict, OrderedDict, Counter (most_common), namedtuple, ChainMap
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(list(reversed(d)), 3 in d, d.count(5), d.index(5))
d.remove(5); d.reverse(); print(d, d == deque(list(d)), bool(deque()))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen); m.appendleft(9); print(m)
try:
    deque().pop()
except IndexError as e:
    print(e)
print(deque('abc') + deque('de'), deque([1]) * 3)
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['zz'], sorted(dd), dict(dd))
cnt = defaultdict(int)
for ch in 'mississippi':
    cnt[ch] += 1
print(sorted(cnt.items()), dd.default_factory)
od = OrderedDict([('x', 1), ('y', 2), ('z', 3)])
od.move_to_end('x'); print(od); od.move_to_end('z', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), c.most_common())
c.update('aaz'); c.subtract({'b': 5}); print(c, c.total())
print(sorted(c.elements())[:6], Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=1, b=2))
print(Counter([1, 2, 2, 3, 3, 3]) & Counter([3, 3, 2]), Counter('ab') | Counter('bcc'), Counter())
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p + (3,), p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._fields)
x, y = p
print(x, y, isinstance(p, tuple), len(p), p == (1, 2), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    namedtuple('Bad', ['x', 'x'])
except ValueError as e:
    print(e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.get('c', 0))
