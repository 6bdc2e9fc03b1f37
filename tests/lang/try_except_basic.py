# try/except catching builtin exceptions and printing their messages.
try:
    print(undefined_name)
except NameError as e:
    print('NameError:', e)
try:
    1 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    5 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    5 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    [1, 2][5]
except IndexError as e:
    print('IndexError:', e)
try:
    {'a': 1}['b']
except KeyError as e:
    print('KeyError:', e)
try:
    'abc' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    int('abc')
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    x = 1
except ValueError:
    print('not raised')
print('x is', x)
