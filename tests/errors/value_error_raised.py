# stderr: exact
# raise with a message, uncaught, from inside a function.
def check(n):
    if n < 0:
        raise ValueError('negative input: ' + str(n))
    print('ok', n)
check(5)
check(-1)
