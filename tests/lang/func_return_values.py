# return: none, one value, several values, early returns.
def nothing():
    return
def implicit():
    x = 1
def one():
    return 1
def several():
    return 1, 'two', [3]
print(nothing(), implicit(), one(), several())
a, b, c = several()
print(a, b, c)
def first_negative(nums):
    for n in nums:
        if n < 0:
            return n
    return None
print(first_negative([3, -2, -5]), first_negative([1, 2]))
def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0
print(sign(5), sign(-5), sign(0))
def make_list(n):
    return [i for i in range(n)]
print(make_list(4), len(make_list(100)))
def nested_call():
    return one() + one() * 2
print(nested_call(), one() + nested_call())
