# get, keys, values, items.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('b', 99))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
for k in d.keys():
    print('key', k)
for v in d.values():
    print('value', v)
for k, v in d.items():
    print('item', k, v)
print(len(d.keys()), 'a' in d.keys(), 'z' in d.keys())
print(sorted(d.values()), sum(d.values()))
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([k for k, v in counts.items() if v > 1])
