# An attribute that does not exist.
x = 5
print(x)
x.foo
