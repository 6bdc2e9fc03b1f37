# A tiny ledger with dicts, lists and exceptions for bad operations.
accounts = {}
log = []
def open_account(name, amount=0):
    if name in accounts:
        raise ValueError('exists: ' + name)
    accounts[name] = amount
    log.append(('open', name, amount))
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError('bad amount ' + str(amount))
    if accounts[src] < amount:
        raise ValueError('insufficient funds in ' + src)
    accounts[src] -= amount
    accounts[dst] += amount
    log.append(('transfer', src, dst, amount))
open_account('ann', 100)
open_account('bob')
open_account('cy', 50)
ops = [('ann', 'bob', 30), ('bob', 'cy', 50), ('cy', 'ann', 80), ('ann', 'zed', 1), ('ann', 'bob', -5)]
for src, dst, amt in ops:
    try:
        transfer(src, dst, amt)
        print('ok', src, dst, amt)
    except ValueError as e:
        print('failed:', e)
    except KeyError as e:
        print('no such account', e)
try:
    open_account('ann')
except ValueError as e:
    print(e)
print(accounts, sum(accounts.values()))
for entry in log:
    print(entry)
