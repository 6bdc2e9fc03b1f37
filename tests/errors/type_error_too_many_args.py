# stderr: exact
# Calling a function with the wrong number of arguments.
def pair(a, b):
    return [a, b]
print(pair(1, 2))
pair(1, 2, 3)
