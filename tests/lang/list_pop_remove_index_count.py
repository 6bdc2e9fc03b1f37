# pop, remove, index, count.
a = [5, 3, 8, 3, 1, 3]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
b = ['x', 'y', 'z', 'y']
b.remove('y')
print(b)
b.remove('y')
print(b)
c = [1, 2, 3, 2, 1, 2]
print(c.count(2), c.count(1), c.count(7), c.index(2), c.index(1), c.index(3))
print(c.index(2, 2), c.index(1, 1))
d = [[1], [2], [1]]
print(d.count([1]), d.index([2]))
print([True, 1, 1.0].count(1), [0, False].count(False))
stack = []
for i in range(4):
    stack.append(i)
while stack:
    print('popped', stack.pop())
print(stack)
