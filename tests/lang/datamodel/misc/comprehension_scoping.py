# Comprehension variables do not leak; walrus assigns to the enclosing scope; nested scopes.
x = 'outer'
squares = [x * x for x in range(5)]
print(x, squares)
total = 0
running = [total := total + n for n in range(5)]
print(running, total)
evens = {n: n * n for n in range(10) if n % 2 == 0}
print(evens, [n for n in range(20) if (r := n % 7) == 0], r)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
matrix = [[(i, j) for j in range(i)] for i in range(4)]
print(matrix)
def f():
    y = 10
    return [y + k for k in range(3)]
print(f())
class C:
    base = 5
    vals = [k + 1 for k in range(2)]
print(C.vals)
data = [[1, 2], [3], []]
print([v for row in data for v in row if v != 2], [[v * 2 for v in row] for row in data])
print(len([1 for _ in range(10)]))
