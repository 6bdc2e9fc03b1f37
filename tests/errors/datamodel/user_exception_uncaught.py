# stderr: exact
# A user exception from __main__ prints its bare class name and its str().
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, item):
        super().__init__(f'no more {item}')
def buy(item):
    raise OutOfStock(item)
buy('apples')
