# Powers that leave the machine word: results must be exact.
print(2 ** 62, 2 ** 63, 2 ** 64, 2 ** 65)
print(2 ** 100)
print(3 ** 100)
print(10 ** 30)
print(-(2 ** 100))
print((-2) ** 101)
print((-3) ** 40)
print(7 ** 77)
print(2 ** 1000)
print(len(str(2 ** 10000)))
print(str(3 ** 500)[:20], str(3 ** 500)[-20:])
big = 1
for i in range(200):
    big = big * 2
print(big == 2 ** 200, big)
print(2 ** 64 - 1, 2 ** 64 - 2 ** 64, 2 ** 64 // 2 ** 32)
print(10 ** 18, 10 ** 19, 10 ** 20)
print(256 ** 8, 16 ** 16 == 2 ** 64)
