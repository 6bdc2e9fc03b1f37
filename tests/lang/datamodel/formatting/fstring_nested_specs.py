# f-strings with nested replacement fields inside the format spec.
width, prec = 10, 3
for v in [3.14159, -2.5, 1234.5678]:
    print(f'[{v:{width}.{prec}f}] [{v:<{width}}] [{v:^{width + 2}.{prec - 1}e}] [{v:{"+" if v > 0 else ""}{width}.1f}]')
for fill in '*-0':
    for align in '<^>':
        print(f'[{"mid":{fill}{align}{9}}]', end=' ')
    print()
spec = '>8.2f'
print(f'[{2.71828:{spec}}] [{255:{"#x"}}] [{255:{"0"}{8}{"b"}}]')
rows = [('apple', 1.5, 3), ('kiwi', 0.25, 12), ('watermelon', 3.0, 1)]
w = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f'{name:<{w}} | {price:>{6}.2f} | {qty:>{3}d} | {price * qty:{8}.{2}f}')
n = 5
print(f'{n:0{n}d} {n:{n}} {"x":{n}}|')
