# Closures keep their own state through nonlocal.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1(), c2())
def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return 'insufficient'
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = make_account(100)
print(dep(50), wd(30), wd(500), dep(1))
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def accumulate():
    items = []
    def add(v):
        items.append(v)
        return items
    return add
acc = accumulate()
acc(1)
print(acc(2))
