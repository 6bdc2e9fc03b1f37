# ** on ints: huge results, negative bases and exponents, and float results.
print(2 ** 256)
print((-3) ** 41, (-3) ** 40, 10 ** 50, 7 ** 77)
print(2 ** -1, 4 ** -0.5, (-8) ** 2, 0 ** 5, 1 ** 10**10, (-1) ** 10**9 + 1)
print(len(str(3 ** 1000)), str(3 ** 1000)[:20], str(3 ** 1000)[-20:])
print(pow(10, 30) == 10 ** 30, 2 ** 64 - 1, -(2 ** 63))
print((2 ** 100) ** 3 == 2 ** 300, 2 ** 0.5, 9 ** 0.5, 8 ** (1 / 3))
x = 5
x **= 3
print(x, 5 ** 3 ** 2, (5 ** 3) ** 2)
try:
    print(0 ** -2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
