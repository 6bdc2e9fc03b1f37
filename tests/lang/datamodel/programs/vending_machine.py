# A vending machine state machine: coins, selections, change making, and error states.
class VendingError(Exception):
    pass
class SoldOut(VendingError):
    pass
class NotEnoughMoney(VendingError):
    def __init__(self, needed):
        super().__init__(f'insert {needed} more cents')
        self.needed = needed
class Machine:
    COINS = (100, 25, 10, 5)
    def __init__(self, stock):
        self.stock = dict(stock)
        self.credit = 0
        self.bank = {c: 2 for c in self.COINS}
        self.state = 'idle'
    def insert(self, coin):
        if coin not in self.COINS:
            raise VendingError(f'rejected coin {coin}')
        self.credit += coin
        self.bank[coin] += 1
        self.state = 'has_credit'
    def change(self, amount):
        out = []
        for c in self.COINS:
            while amount >= c and self.bank[c] > 0:
                amount -= c
                self.bank[c] -= 1
                out.append(c)
        if amount:
            raise VendingError(f'cannot make change, {amount} short')
        return out
    def select(self, code):
        if code not in self.stock:
            raise KeyError(code)
        name, price, count = self.stock[code]
        if count == 0:
            raise SoldOut(f'{name} is sold out')
        if self.credit < price:
            raise NotEnoughMoney(price - self.credit)
        coins = self.change(self.credit - price)
        self.stock[code] = (name, price, count - 1)
        self.credit = 0
        self.state = 'idle'
        return name, coins
m = Machine({'A1': ('chips', 65, 2), 'B2': ('soda', 120, 1), 'C3': ('gum', 35, 0)})
script = [('insert', 25), ('insert', 25), ('select', 'A1'), ('insert', 25), ('select', 'A1'),
          ('insert', 3), ('select', 'C3'), ('select', 'Z9'), ('insert', 100), ('insert', 100),
          ('select', 'B2'), ('insert', 100), ('select', 'A1'), ('insert', 100), ('select', 'B2')]
for action, arg in script:
    try:
        result = getattr(m, action)(arg)
        print(f'{action}({arg!r}) -> {result} credit={m.credit} state={m.state}')
    except NotEnoughMoney as e:
        print(f'{action}({arg!r}) ! {e} (needed={e.needed})')
    except VendingError as e:
        print(f'{action}({arg!r}) ! {type(e).__name__}: {e}')
    except KeyError as e:
        print(f'{action}({arg!r}) ! no such slot {e}')
print(m.stock, m.bank, m.credit)
