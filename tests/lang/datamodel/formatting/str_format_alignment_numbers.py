# Numbers in str.format with = alignment, fill characters and sign, in columns.
rows = [(1, -2.5, 300), (-40, 1234.5678, -5), (0, 0.0, 7)]
for a, b, c in rows:
    print('{:=+6d}|{:*=10.2f}|{:^+7}|{:<05}|{:>+08.1f}'.format(a, b, c, a, b))
print('{0:#^10x}|{0:#>10b}|{0:=#10o}'.format(42))
