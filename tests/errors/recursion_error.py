# Unbounded recursion ends in RecursionError, not a crash.
def f():
    return f()
print('recursing')
f()
