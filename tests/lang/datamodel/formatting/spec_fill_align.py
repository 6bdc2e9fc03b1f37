# Fill and alignment (< > ^ =) for str, int and float, with odd padding splits.
for spec in ['<7', '>7', '^7', '*<7', '*>7', '*^7', '-^8', '#^6', '0>5', ' ^3', '^1', '.>0']:
    print(f'{spec:6}', f'[{"ab":{spec}}]', f'[{12:{spec}}]', f'[{-1.5:{spec}}]')
for spec in ['=8', '0=8', '*=+8', '=+8', '_=10.2f', '^=9']:
    print(f'{spec:6}', f'[{-42:{spec}}]', f'[{42:{spec}}]', f'[{3.25:{spec}}]')
print(f'[{"":*^5}] [{"abc":^2}] [{"é":-^5}] [{"日本":>6}]')
print(format('x', '\u2192^7'), format(5, '{<4'), format(5, '}>4'))
