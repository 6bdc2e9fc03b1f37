# The f-string "=" specifier keeps the expression text and uses repr unless a spec is given.
x = 42
name = 'pith'
vals = [1, 2]
print(f'{x=}')
print(f'{x = }')
print(f'{name=}')
print(f'{name=!s}')
print(f'{x=:>6}')
print(f'{x * 2 + 1=}')
print(f'{vals[0]=} {len(vals)=}')
print(f'{3.5=:.3f}')
print(f'{name!r:>10}|{name=:^10}|')
print(f'{x=!r:^8}|')
print(f'{None=} {True=}')
