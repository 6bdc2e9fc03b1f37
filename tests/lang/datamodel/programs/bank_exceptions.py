# A bank: accounts, transfers that roll back, exception chaining and a statement.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    pass
class AccountNotFound(BankError):
    pass
class Account:
    next_id = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []
    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError(f'invalid amount {amount}')
        if amount > self.balance:
            raise InsufficientFunds(f'{self.owner} has {self.balance}, needs {amount}')
        self.balance -= amount
        self.history.append(-amount)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f'invalid amount {amount}')
        self.balance += amount
        self.history.append(amount)
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, balance=0):
        acct = Account(owner, balance)
        self.accounts[acct.id] = acct
        return acct.id
    def get(self, acct_id):
        try:
            return self.accounts[acct_id]
        except KeyError:
            raise AccountNotFound(f'no account {acct_id}') from None
    def transfer(self, src, dst, amount):
        a = self.get(src)
        b = self.get(dst)
        try:
            a.withdraw(amount)
            b.deposit(amount)
        except BankError as e:
            raise BankError(f'transfer {src}->{dst} failed') from e
bank = Bank()
alice = bank.open('alice', 100)
bob = bank.open('bob')
for src, dst, amt in [(alice, bob, 30), (bob, alice, 50), (alice, 9999, 1), (alice, bob, -5), (bob, alice, 30)]:
    try:
        bank.transfer(src, dst, amt)
        print(f'ok {src}->{dst} {amt}')
    except BankError as e:
        cause = e.__cause__
        print(f'{type(e).__name__}: {e}', f'| cause: {type(cause).__name__}: {cause}' if cause else '| no cause',
              e.__suppress_context__)
    except ValueError as e:
        print('ValueError:', e)
for acct in bank.accounts.values():
    print(f'{acct.id} {acct.owner:<6} {acct.balance:>6.2f} {acct.history}')
