# Calling an int.
x = 5
print(x)
x()
