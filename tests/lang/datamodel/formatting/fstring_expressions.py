# f-strings with arbitrary expressions: calls, indexing, ternaries, comprehensions, quotes.
d = {'key': 'value', 'n': 3}
l = [10, 20, 30]
def twice(x):
    return x * 2
print(f"{d['key']} {d['n'] + 1} {l[-1]} {l[1:]} {twice(21)} {len(l)}")
print(f'{"yes" if l else "no"} {[x * x for x in range(4)]} {sum(x for x in l)} {max(l, key=lambda v: -v)}')
print(f"{'a' + 'b'} {'{'} {'}'} {3 * '-'} {(1, 2)} {1, 2} {{literal}} {{{d['n']}}}")
x = 7
print(f'{x % 3} {x // 2} {x ** 2} {-x} {~x} {x > 5 and "big"} {x < 5 or "small"}')
print(f'{(lambda y: y + 1)(5)} {[1, 2][True]} {d.get("missing", "dflt")} {str(x).zfill(3)}')
a = 'outer'
print(f'{f"{a}-inner"} {f"{x:>{x}}"!r}')
print(f'''triple {x}
second line {l[0]}''')
print(f'{x!r:>5}' f'{x:<3}|' 'plain {x}' f'{"end"}')
print(F'{x}', rf'\n{x}', fr'{x}\t', f'{x}{x}')
