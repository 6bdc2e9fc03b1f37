# dict methods with every optional argument, | and |=, fromkeys and popitem order.
d = dict.fromkeys('abc')
print(d, dict.fromkeys(range(3), 0), dict.fromkeys([]))
print(d.get('a'), d.get('z'), d.get('z', 5), d.setdefault('a', 1), d.setdefault('z', 26), d)
print(d.pop('z'), d.pop('zz', 'dflt'), d)
d.update({'a': 1}, b=2)
d.update([('c', 3), ('d', 4)])
d.update(e=5)
print(d)
print(d.popitem(), d.popitem(), d)
print(d | {'x': 0}, {'x': 0} | d, d)
d |= [('y', 1)]
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'], c == d, len(c))
c.clear()
print(c, bool(c), {}.get(1, [])) 
m = {}
for w in 'the cat and the hat and the bat'.split():
    m[w] = m.get(w, 0) + 1
print(m, max(m, key=m.get), sorted(m.items(), key=lambda kv: (-kv[1], kv[0])))
for f in [lambda: {}.popitem(), lambda: d.pop('nope'), lambda: d['nope'], lambda: d.update(1),
          lambda: d.update([1, 2]), lambda: d | [1], lambda: dict.fromkeys(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
