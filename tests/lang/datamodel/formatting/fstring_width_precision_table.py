# A formatted report built with f-strings: widths, alignment, precision, totals line.
rows = [('Coffee', 3, 2.5), ('Sandwich', 1, 7.25), ('Cookie', 12, 0.8), ('Juice (large)', 2, 3.999)]
print(f"{'Item':<14}{'Qty':>5}{'Price':>9}{'Total':>10}")
print(f"{'':=<38}")
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f'{name:<14}{qty:>5d}{price:>9.2f}{total:>10.2f}')
print(f"{'':-<38}")
print(f"{'TOTAL':<28}{grand:>10.2f}")
print(f'{grand:,.3f} {grand:e} {grand:.0f} {grand / len(rows):.4g} {int(grand):#x} {qty / 12:.1%}')
tax = 0.0825
print(f'tax {tax:.2%} = {grand * tax:8.3f}|{grand * tax:<8.3f}|{grand * tax:^+10.2f}|')
