# int / int is correctly rounded even for huge operands.
print(10**30 / 10**29, 2**200 / 2**199, 7 / 2, -7 / 2, 1 / 3, 10**50 / 3)
print((10**400 + 1) / 10**399, (3**500) / (3**499), 1 / 10**300, (2**1100) / (2**1099))
print(123456789123456789 / 1000, 9007199254740993 / 1, 2**63 / 3)
print(-(10**30) / 7, 10**30 / -7, 0 / 5, -0 / 5, 0 / -5)
try:
    print(10**400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(True / 2, 1 / True, 6 / 4.0, 1.5 / 2)
