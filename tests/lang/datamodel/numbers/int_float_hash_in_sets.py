# Sets and dicts merge equal int/float/bool keys; the first stored key object is kept.
s = set()
for v in [1.0, 1, True, 2, 2.0, 0, -0.0, False, 3.5]:
    s.add(v)
print(s, sorted(s), [type(x).__name__ for x in sorted(s)])
d = {}
for v in [True, 1, 1.0]:
    d[v] = type(v).__name__
print(d, repr(list(d)[0]))
print({0.0, 0} == {0}, len({2**70, float(2**70)}), 1.0 in {1}, True in {1.0}, {1, 2} == {1.0, 2.0})
