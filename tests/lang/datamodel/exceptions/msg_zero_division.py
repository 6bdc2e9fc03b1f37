# ZeroDivisionError messages for every operator and numeric type combination.
def show(f):
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: divmod(1, 0))
show(lambda: 1.0 / 0)
show(lambda: 1 / 0.0)
show(lambda: 1.0 // 0)
show(lambda: 1.0 % 0)
show(lambda: divmod(1.0, 0))
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -1)
show(lambda: 10**30 / 0)
show(lambda: 10**30 // 0)
show(lambda: 10**30 % 0)
show(lambda: True / False)
show(lambda: pow(0, -2))
show(lambda: 7 % 0.0)
def aug():
    x = 5
    x //= 0
show(aug)
def aug_float():
    x = 5.0
    x /= 0
show(aug_float)
