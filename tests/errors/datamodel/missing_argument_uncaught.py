# stderr: exact
# A call with a missing positional argument, from a whole-statement call.
def f(a, b):
    print(a, b)
f(1)
