# Keyword arguments in any order, mixed with positional ones.
def describe(name, age, city='nowhere'):
    return name + ' ' + str(age) + ' ' + city
print(describe('ann', 30))
print(describe(age=25, name='bob'))
print(describe('cy', city='Paris', age=41))
print(describe('dee', 50, city='Rome'))
def order(first, second, third):
    print('first', first, 'second', second, 'third', third)
order(1, 2, 3)
order(third=3, first=1, second=2)
order(1, third=3, second=2)
def f(x, y):
    return x - y
print(f(10, 3), f(y=10, x=3))
print('sep', 'kw', sep='=')
