# a CSV line parser with quotes, escaped quotes and embedded commas, then a typed table
def parse_line(line):
    fields, cur, i, quoted = [], [], 0, False
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(c)
        elif c == '"':
            quoted = True
        elif c == ',':
            fields.append(''.join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    fields.append(''.join(cur))
    return fields

data = '''name,city,amount,note
"Müller, Jürgen",Köln,12.50,"said ""hallo"""
Zoë,Zürich,7,
"李, 小龙",北京,1e3,"multi, comma, field"
plain,  spaced  ,  -4.25 ,end'''
rows = [parse_line(l) for l in data.splitlines()]
header, body = rows[0], rows[1:]
print(header)
for r in body:
    rec = dict(zip(header, (f.strip() for f in r)))
    amount = float(rec['amount'])
    print('{name:<14}|{city:^8}|{amt:>10.2f}|{note!r}'.format(name=rec['name'], city=rec['city'], amt=amount, note=rec['note']))
print(sum(float(r[2]) for r in body), [len(r) for r in rows], ','.join(f'"{h.upper()}"' for h in header))
