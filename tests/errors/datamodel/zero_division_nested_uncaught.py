# stderr: exact
# division by zero inside a loop inside a function.
def average(xs):
    total = sum(xs)
    n = len(xs)
    total /= n
    print(total)
average([1, 2, 3])
average([])
