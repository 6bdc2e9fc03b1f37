# Reading a local before assignment is UnboundLocalError.
count = 10
def bump():
    print('bumping')
    count += 1
bump()
