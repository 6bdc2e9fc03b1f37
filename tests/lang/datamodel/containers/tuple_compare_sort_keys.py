# Tuples as multi-level sort keys, with negation for descending fields and ties.
records = [('eng', 'bob', 85000), ('ops', 'ann', 70000), ('eng', 'cy', 85000), ('eng', 'al', 95000), ('ops', 'di', 72000)]
print(sorted(records))
print(sorted(records, key=lambda r: (r[0], -r[2], r[1])))
print(sorted(records, key=lambda r: (-r[2], r[1])))
print(max(records, key=lambda r: (r[2], r[1])), min(records, key=lambda r: (r[0], r[2])))
print((1, 2) < (1, 2, 0), (2,) > (1, 99), ('a', 1) < ('a', 1.5), (1, (2, 3)) < (1, (2, 4)))
