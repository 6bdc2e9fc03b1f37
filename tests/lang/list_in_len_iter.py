# Membership, length and iteration over lists.
a = [1, 'two', 3.0, [4], None]
print(1 in a, 'two' in a, 3 in a, [4] in a, None in a, 5 in a, 'tw' in a)
print(5 not in a, 1 not in a)
print(len(a), len([]), len([[1, 2, 3]]))
for x in a:
    print(x)
total = 0
for n in [1, 2, 3, 4]:
    total = total + n
print(total)
squares = []
for i in range(6):
    squares.append(i * i)
for i in range(len(squares)):
    print(i, squares[i])
for pair in [[1, 2], [3, 4]]:
    for v in pair:
        print(v, end=' ')
print()
empty = []
for x in empty:
    print('never')
print(0 in [0.0], 1 in [True])
