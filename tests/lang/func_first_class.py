# Functions are values: passed, returned, stored.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
def apply(f, a, b):
    return f(a, b)
print(apply(add, 2, 3), apply(sub, 2, 3))
ops = {'+': add, '-': sub}
for sym in ['+', '-']:
    print(sym, ops[sym](10, 4))
def pick(name):
    if name == 'add':
        return add
    return sub
print(pick('add')(1, 1), pick('other')(1, 1))
def my_map(f, lst):
    out = []
    for x in lst:
        out.append(f(x))
    return out
def my_filter(pred, lst):
    return [x for x in lst if pred(x)]
def my_reduce(f, lst, acc):
    for x in lst:
        acc = f(acc, x)
    return acc
nums = [1, 2, 3, 4, 5, 6]
print(my_map(lambda x: x * 10, nums))
print(my_filter(lambda x: x % 2 == 0, nums))
print(my_reduce(add, nums, 0), my_reduce(lambda a, b: a * b, nums, 1))
f = add
print(f is add, f(1, 2), type(f))
