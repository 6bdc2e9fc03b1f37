# Chained comparisons evaluate each operand once and short-circuit.
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 <= 2 < 3 >= 3 > 0)
print(0 < 0 < 0, 0 <= 0 <= 0, -1 < 0 < 1)
def v(x):
    print('v', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(0) < v(5))
x = 5
print(0 < x < 10, 10 < x < 20, x == 5 == x)
print('a' < 'b' < 'c', 'b' < 'a' < 'c')
print([1] < [2] < [3], (1, 2) < (1, 3) < (2,))
t = True
print(1 < 2 == t, (1 < 2) is t)
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[2]])
