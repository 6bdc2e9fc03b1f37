# Zero padding: 0 flag with width, with signs, prefixes, grouping and non-numbers.
for v in [42, -42, 0, 3.14159, -3.14159, 1e10, -1e-10]:
    print(repr(v), [format(v, s) for s in ['05', '08', '+08', ' 08', '010.3f', '012,.2f', '010.2e', '09g']])
for v in [255, -255]:
    print([format(v, s) for s in ['08x', '#010x', '#010b', '010_b', '08o', '#08o', '010_d', '011,']])
print(format('ab', '05'), format('ab', '<05'), format(True, '05'), format(-0.0, '06.1f'))
