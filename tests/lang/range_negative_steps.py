# range with negative steps.
print(list(range(10, 0, -1)), list(range(10, 0, -3)), list(range(0, 10, -1)))
print(list(range(-1, -10, -2)), list(range(5, -5, -5)))
print(len(range(10, 0, -1)), len(range(10, 0, -3)), len(range(0, 10, -1)))
r = range(20, 0, -4)
print(r, list(r), r[0], r[-1], 12 in r, 13 in r)
for i in range(3, 0, -1):
    print('countdown', i)
word = 'stressed'
out = ''
for i in range(len(word) - 1, -1, -1):
    out += word[i]
print(out)
print(list(range(-2 ** 64, -2 ** 64 - 3, -1)))
