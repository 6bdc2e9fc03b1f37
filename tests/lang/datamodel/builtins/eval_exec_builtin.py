# eval and exec with default, explicit globals and locals dictionaries.
x = 10
print(eval('x + 1'), eval('[i * i for i in range(4)]'), eval(' 2 ** 10 '), eval('"s" * 3'))
print(eval('x * y', {'x': 2, 'y': 3}), eval('x + y', {'x': 1}, {'y': 5}), eval('len(z)', {'z': 'abc'}))
g = {}
exec('a = 5\nb = a * 2\ndef sq(n):\n    return n * n', g)
print(g['a'], g['b'], g['sq'](7), sorted(k for k in g if k != '__builtins__'))
loc = {}
exec('r = 1 + 1', {}, loc)
print(loc)
exec('x = 42')
print(x)
code = 'for i in range(3):\n    print("line", i)'
exec(code)
print(exec('1 + 1'), eval('None'))
def f():
    y = 3
    return eval('y * 2')
print(f())
for src in ['1 +', 'x = ', ')']:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__)
try:
    eval('undefined_name')
except NameError as e:
    print(type(e).__name__, e)
try:
    eval('1 / 0')
except ZeroDivisionError as e:
    print(type(e).__name__, e)
