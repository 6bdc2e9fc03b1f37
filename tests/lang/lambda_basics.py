# lambda: immediately called, stored in lists and dicts, passed around.
print((lambda: 42)())
print((lambda x, y: x * y)(6, 7))
print((lambda x, y=10: x + y)(1), (lambda *a: a)(1, 2), (lambda **k: k)(z=1))
square = lambda x: x * x
print(square(9), [square(i) for i in range(5)])
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b]
print([op(7, 3) for op in ops])
table = {'add': lambda a, b: a + b, 'neg': lambda a: -a}
print(table['add'](2, 3), table['neg'](5))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda s: s + '!', 'hi'), apply_twice(square, 3))
print((lambda: (lambda: 'nested')())())
is_big = lambda n: 'big' if n > 100 else 'small'
print(is_big(5), is_big(500))
print(sorted([3, 1, 2]), (lambda lst: lst[::-1])([1, 2, 3]))
