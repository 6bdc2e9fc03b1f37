# Expressions: precedence, displays, comprehensions, calls, slices.
x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: a
x = lambda *, k: k
x = lambda a, /, b: a
x = a if b else c if d else e
x = a or b or c and d and not e
x = not not a
x = a < b <= c == d != e > f >= g is h is not i in j not in k
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = -2 ** -2
x = ~a + +b - -c
x = a ** b ** c
x = await_ = 1
x = f(a)(b)[c].d
x = f(a, *b, c=1, **d, e=2)
x = f(*a, *b, **c, **d)
x = f(x for x in y)
x = f(a, b,)
x = f()
x = a[1]
x = a[1:2]
x = a[::2]
x = a[:]
x = a[1:2, ::3]
x = a[1,]
x = a[*b]
x = a[b:=1]
x = a[lambda: 1]
x = ()
x = (1,)
x = (1, 2)
x = 1,
x = 1, 2,
x = []
x = [1, 2, *a,]
x = {}
x = {1, 2, *a}
x = {1: 2, **a, 3: 4,}
x = [i for i in range(10) if i if i % 2 for j in i]
x = {i for i in y}
x = {k: v for k, v in items}
x = (i for i in y)
x = [(yield_) for _ in y] if False else 0
x = [y := 1, y ** 2]
if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
x = ...
x = None, True, False
x = 1, 1.5, 1e10, 1E-5, .5, 1., 0x_FF, 0o17, 0b1010, 1_000_000, 3j, 1.5J, 0, 00, 0_0
x = 1if y else 2
x = [1for x in y]
x = a.b.c.d
print(x, end='')
x = (a
     + b
     - c)
x = 1 + \
    2
x = [
    1,
    2,  # comment
]
x = {
    'a': 1,

    'b': 2,
}
x = f(a)(b)(c)
x = a[b][c][d]
x = 'a' 'b' "c"
x = not a == b
x = a if not b else c
x = lambda: (yield)
x = *a, *b
y = x[a, b:c, ...]
