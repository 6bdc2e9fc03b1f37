# Processing nested records with dicts, lists, sets of ints, sorting and grouping.
orders = [
    {'id': 1, 'customer': 'ann', 'items': [('pen', 2, 1.5), ('pad', 1, 3.0)]},
    {'id': 2, 'customer': 'bob', 'items': [('pen', 10, 1.4)]},
    {'id': 3, 'customer': 'ann', 'items': [('ink', 3, 7.25), ('pen', 1, 1.5)]},
    {'id': 4, 'customer': 'cy', 'items': []},
]
totals = {}
products = {}
for o in orders:
    t = sum(q * p for _, q, p in o['items'])
    totals[o['customer']] = round(totals.get(o['customer'], 0) + t, 2)
    for name, q, _ in o['items']:
        products.setdefault(name, set()).add(o['id'])
print(totals)
print({k: sorted(v) for k, v in sorted(products.items())})
best = max(totals.items(), key=lambda kv: kv[1])
print(best, sorted(totals, key=totals.get, reverse=True))
by_size = {}
for o in orders:
    by_size.setdefault(len(o['items']), []).append(o['id'])
print(dict(sorted(by_size.items())), [o['id'] for o in orders if not o['items']])
flat = [(o['id'], name) for o in orders for name, *_ in o['items']]
print(flat, len({oid for oid, _ in flat}))
