# a text formatter: wrap paragraphs, justify, and render an invoice with format specs and %
def wrap(text, width):
    lines, line = [], ''
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + ' ' + word if line else word
    if line:
        lines.append(line)
    return lines

para = 'Le cœur a ses raisons que la raison ne connaît point. 日本語のテキストも 含まれます。 The end.'
for l in wrap(para, 24):
    print('|' + l.ljust(24) + '|', '|' + l.center(26, '·') + '|', '|%24s|' % l)
items = [('Widget', 3, 4.5), ('Gadget ünïcode', 1, 129.99), ('Thingamajig', 12, 0.333)]
print('{:<16}{:>5}{:>10}{:>12}'.format('item', 'qty', 'price', 'total'))
print('=' * 43)
grand = 0
for name, qty, price in items:
    total = qty * price
    grand += total
    print(f'{name:<16.14}{qty:>5d}{price:>10.2f}{total:>12,.2f}')
print('{:-^43}'.format(' summary '))
print('%-31s%12.2f' % ('grand total', grand))
print('%(n)d items, average %(avg).3f' % {'n': len(items), 'avg': grand / len(items)})
print('{0:>{w}}|{0:<{w}}|{0:^{w}}'.format('x', w=5), '{:+08.2f} {:e} {:.1%}'.format(-3.14159, 12345.678, 0.4567))
