# Float division by zero.
x = 1.5
print(x / 3)
y = x / 0
print(y)
