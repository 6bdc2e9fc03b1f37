# f-strings with every presentation type on the same values, as a table.
vals = [0, 42, -42, 255, 3.5, -0.125, 1e6, 12345.6789]
types = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']
for v in vals:
    row = []
    for t in types:
        try:
            row.append(f'{v:{t}}')
        except (ValueError, OverflowError):
            row.append('ERR')
    print(repr(v).ljust(11), ' '.join(row))
