# An inventory system: classes, dicts of items, custom exceptions and an f-string report.
class OutOfStock(Exception):
    def __init__(self, name, wanted, have):
        super().__init__(f'{name}: wanted {wanted}, only {have} left')
        self.name = name
class Item:
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f'Item({self.name!r}, {self.price}, {self.qty})'
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, name, price, qty):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)
        self.log.append(('add', name, qty))
    def remove(self, name, qty):
        item = self.items.get(name)
        if item is None:
            raise KeyError(name)
        if item.qty < qty:
            raise OutOfStock(name, qty, item.qty)
        item.qty -= qty
        self.log.append(('remove', name, qty))
    def total(self):
        return sum(i.value() for i in self.items.values())
    def report(self):
        lines = [f"{'name':<10}{'price':>8}{'qty':>5}{'value':>10}"]
        for item in sorted(self.items.values(), key=lambda i: (-i.value(), i.name)):
            lines.append(f'{item.name:<10}{item.price:>8.2f}{item.qty:>5d}{item.value():>10.2f}')
        lines.append(f"{'TOTAL':<23}{self.total():>10.2f}")
        return '\n'.join(lines)
inv = Inventory()
inv.add('widget', 2.5, 10)
inv.add('gadget', 12.99, 3)
inv.add('doohickey', 0.75, 100)
inv.add('widget', 2.5, 5)
for name, qty in [('widget', 4), ('gadget', 5), ('sprocket', 1), ('doohickey', 100)]:
    try:
        inv.remove(name, qty)
        print(f'removed {qty} {name}')
    except OutOfStock as e:
        print(f'OutOfStock: {e} ({e.name})')
    except KeyError as e:
        print(f'unknown item {e}')
print(inv.report())
print(inv.items['widget'], len(inv.log), inv.log[-1])
print({n: i.qty for n, i in inv.items.items() if i.qty})
