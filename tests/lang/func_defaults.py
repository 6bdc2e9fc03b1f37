# Default parameter values, evaluated once at def time.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('ann'))
print(greet('bob', 'Hi'))
print(greet('cy', 'Hey', '?'))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(2, exp=10))
n = 5
def show(x=n):
    return x
n = 6
print(show(), show(7))
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default(), none_default([0]))
def mixed(a, b=2, *rest):
    return [a, b, rest]
print(mixed(1), mixed(1, 3), mixed(1, 3, 5, 7))
def compute(x, y=10, z=100):
    return x + y + z
print(compute(1), compute(1, z=0), compute(1, 2, 3), compute(x=0, y=0))
