# Integer floor division by zero inside a function.
def ratio(a, b):
    print('dividing', a, b)
    a // b
ratio(10, 2)
ratio(1, 0)
