# Unsupported operand types for a binary operator.
a = [1, 2]
b = [3]
print(a + b)
print(a - b)
