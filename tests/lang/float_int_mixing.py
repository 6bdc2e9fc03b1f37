# Mixed int/float arithmetic promotes to float.
print(1 + 2.0, 2.0 + 1, 3 * 1.5, 1.5 * 3)
print(7 - 0.5, 0.5 - 7, 9 / 2.0, 9.0 / 2)
print(7 // 2.0, 7 % 2.0, -7 // 2.0, -7 % 2.0)
print(2 ** 0.5 * 2 ** 0.5)
print(10 ** 20 + 0.5, 2 ** 60 + 1.0)
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 < -0.5)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(True + 0.5, False * 2.5)
print(type(1 + 1.0), type(1 * 1), type(2 / 1))
total = 0
for v in [1, 2.5, 3, 0.25]:
    total = total + v
print(total)
print(sum([1, 2, 3]) / 3, sum([1, 2]) / 4)
print(int(7 / 2), int(-7 / 2), 7 // 2)
print(3 * 0.1, 0.1 * 3, 3 * 0.1 == 0.3)
