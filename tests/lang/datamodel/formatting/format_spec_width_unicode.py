# Widths count code points: accented letters, CJK and emoji are one character each.
for s in ['abc', 'é', 'naïve', '日本語', '\U0001f600', 'e\u0301']:
    print(f'[{s:>6}] [{s:<6}] [{s:^6}] [{s:.2}] len={len(s)}')
print('[%5s] [%-5s]' % ('é', '日'), '[{:*^7}]'.format('ü'))
