# Power with negative exponents and negative bases.
print(2 ** -1, 2 ** -2, 10 ** -3, 4 ** -0.5)
print((-2) ** 2, (-2) ** 3, -2 ** 2, -(2 ** 2))
print((-1) ** 0, (-1) ** 1, (-1) ** 1000, (-1) ** 1001)
print(0 ** 1, 0 ** 5, 1 ** -1)
print(2 ** 0.5)
print(9 ** 0.5, 27 ** (1 / 3))
print(2.0 ** 10, 2 ** 10.0, 0.5 ** 2)
print(10 ** 15, 10 ** 16, 10.0 ** 15, 10.0 ** 16)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-3 ** 2, (-3) ** 2)
print(2 ** -1 ** 2)
x = 3
x **= 4
print(x)
x **= -1
print(x)
