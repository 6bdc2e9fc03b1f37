# dict() and the builtin functions applied to dicts: len, sorted, min, max, sum, list, any, all.
d = {'b': 2, 'a': 1, 'c': 3}
print(len(d), sorted(d), sorted(d.values()), sorted(d.items()), list(d), min(d), max(d.values()))
print(sum(d.values()), any(d), all(d.values()), 'a' in d, 2 in d, 2 in d.values())
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]), dict(sorted(d.items(), key=lambda kv: -kv[1])))
print(list(zip(d, d.values())), list(enumerate(d)), list(reversed(d)), {v: k for k, v in d.items()})
print(dict(d, z=26), dict(**d), {**d, 'a': 'over'}, d == dict(c=3, b=2, a=1), list(map(d.get, 'abz')))
