# *args collects extra positional arguments into a tuple.
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3), total(*[4, 5, 6]), total(*range(5)))
def show(first, *rest):
    print(first, rest, len(rest), type(rest))
show(1)
show(1, 2)
show('a', 'b', 'c')
args = (7, 8, 9)
show(*args)
show(0, *args)
show(*'xyz')
def my_max(*values):
    best = values[0]
    for v in values[1:]:
        if v > best:
            best = v
    return best
print(my_max(3, 9, 2), my_max(-1), my_max(*[5, 50, 15]))
print(*[1, 2, 3])
print(*'abc', sep='|')
def pair(a, b):
    return a * 10 + b
print(pair(*[1, 2]), pair(*(3,), 4))
