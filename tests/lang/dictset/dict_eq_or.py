a = {1: 'x', 2: 'y'}
b = {2: 'y', 1: 'x'}
print(a == b, a != b, a == {1: 'x'}, a == {1: 'x', 2: 'z'}, a == [1, 2])
print({1: [1, 2]} == {1: [1, 2]}, {1: {2: 3}} == {1: {2: 3}}, {1: 1} == {1: 1.0}, {1: 1} == {1.0: 1})
print(a | {3: 'z'}, {3: 'z'} | a, a | {1: 'new'})
c = a
c |= {4: 'w'}
print(a, c is a)
c |= [(5, 'v')]
print(a)
try:
    print(a | [(6, 'u')])
except TypeError as e:
    print(type(e).__name__, e)
r = {}
r['self'] = r
print(r)
r2 = {'l': [1]}
r2['l'].append(r2)
print(r2)
print({'k': {'n': {'m': {}}}})
print(repr({None: None, True: False, 1.5: -2, 'q"': "'"}))
print(str({1: 2}), len({}), bool({}), bool({0: 0}))
