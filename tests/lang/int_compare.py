# Comparisons between ints, big ints and bools.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 3 > 2, 3 == 3, 3 != 3)
print(-1 < 0, -10 < -9, 0 == -0)
print(2 ** 100 > 2 ** 99, 2 ** 100 < -(2 ** 100), -(2 ** 64) < 5)
print(10 ** 20 == 10 ** 20, 10 ** 20 != 10 ** 20 + 1)
print(True == 1, False == 0, True > False, True + True == 2)
print(5 > 3 > 1, 5 > 3 < 1, 1 < 2 < 3 < 4, 1 < 3 < 2)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0)
values = [3, -1, 2 ** 70, 0, -(2 ** 70), 7]
for v in values:
    print(v, v < 0, v == 0, v > 100)
print(max(values), min(values))
