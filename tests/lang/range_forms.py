# range with one, two and three arguments.
print(list(range(5)), list(range(0)), list(range(-3)))
print(list(range(2, 8)), list(range(8, 2)), list(range(-3, 3)))
print(list(range(0, 20, 5)), list(range(1, 20, 6)), list(range(0, 1, 100)))
print(range(5), range(2, 8), range(0, 20, 5))
print(len(range(10)), len(range(3, 10, 2)), len(range(10, 3)), len(range(0, 100, 7)))
r = range(10, 20, 3)
print(r[0], r[1], r[-1], len(r), 13 in r, 14 in r)
total = 0
for i in range(1, 11):
    total += i
print(total)
for i in range(3):
    for j in range(i, 3):
        print(i, j, end='; ')
print()
print(list(range(10 ** 12, 10 ** 12 + 3)))
print(sum(range(1000)), max(range(7)), min(range(3, 9)))
print(list(range(True, 4)), list(range(2 ** 64, 2 ** 64 + 2)))
