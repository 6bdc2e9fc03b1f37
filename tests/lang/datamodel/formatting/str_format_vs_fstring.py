# The same specs through str.format, format() and f-strings give identical results.
vals = [7, -7, 3.14159, 'txt', 2**40, True]
specs = ['', '>8', '<8', '^8', '08', '+', ',', '.3', 'x', '.2f', '#o', 'e']
for v in vals:
    out = []
    for s in specs:
        try:
            a = ('{:' + s + '}').format(v)
            b = format(v, s)
            c = f'{v:{s}}'
            out.append(a if a == b == c else 'MISMATCH')
        except ValueError as e:
            out.append('E')
    print(repr(v), out)
