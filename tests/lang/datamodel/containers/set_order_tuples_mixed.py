# Iteration order of sets of tuples, and of sets built by comprehensions and operators.
print({(i, j) for i in range(3) for j in range(3)})
print({(1, 'a'), (2, 'b'), (0, 'c')} == {(0, 'c'), (1, 'a'), (2, 'b')})
print({(x, -x) for x in range(8)})
print({(1.5, 2), (2, 1.5), ((1, 2), 3), ()} - {()})
print({(i,) * i for i in range(6)})
a = {n * 7 % 50 for n in range(40)}
b = {n * 3 % 50 for n in range(40)}
print(a)
print(a & b, a - b)
print(a ^ b)
print({n ** 2 for n in range(-10, 11)})
print({2**n for n in range(0, 70, 5)})
print(set(range(100, 0, -7)))
