# An inventory with item classes, __eq__/__hash__ for dedup, sorting and totals.
class Item:
    def __init__(self, sku, name, price):
        self.sku, self.name, self.price = sku, name, price
    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)
    def __repr__(self):
        return f'Item({self.sku!r}, {self.price})'
class Perishable(Item):
    def __init__(self, sku, name, price, days):
        super().__init__(sku, name, price)
        self.days = days
    @property
    def discounted(self):
        return round(self.price * (0.5 if self.days < 3 else 1.0), 2)
class Inventory:
    def __init__(self):
        self.stock = {}
    def add(self, item, qty=1):
        self.stock[item] = self.stock.get(item, 0) + qty
    def __len__(self):
        return sum(self.stock.values())
    def __iter__(self):
        return iter(sorted(self.stock, key=lambda i: i.sku))
    def value(self):
        return round(sum(getattr(i, 'discounted', i.price) * q for i, q in self.stock.items()), 2)
inv = Inventory()
inv.add(Item('b1', 'bolt', 0.25), 100)
inv.add(Perishable('m1', 'milk', 1.2, 2), 3)
inv.add(Item('b1', 'bolt again', 9.99), 20)
inv.add(Perishable('c1', 'cheese', 4.0, 10))
print(len(inv), list(inv), inv.value())
print(inv.stock[Item('b1', '', 0)], Item('x', 'a', 1) == Item('x', 'b', 2), Item('x', 'a', 1) == 'x')
print(len({Item('q', '', 0), Item('q', '', 1), Perishable('q', '', 2, 1)}))
