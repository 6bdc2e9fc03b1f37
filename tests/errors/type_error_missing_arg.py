# A required positional argument is missing.
def greet(greeting, name):
    return greeting + ' ' + name
print(greet('hi', 'ann'))
print(greet('hi'))
