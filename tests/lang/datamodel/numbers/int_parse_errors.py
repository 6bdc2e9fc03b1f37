# ValueError and TypeError messages of int() parsing, word for word.
cases = [('x', 10), ('', 10), (' ', 10), ('1.5', 10), ('12a', 10), ('2', 2), ('9', 8),
         ('g', 16), ('0x', 16), ('0x1f', 10), ('1__0', 10), ('_1', 10), ('1_', 10),
         ('0b2', 0), ('010', 0), ('--1', 10), ('+-1', 10), ('1 2', 10), ('zz', 35)]
for s, b in cases:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for b in (1, 37, -1, 100):
    try:
        int('1', b)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1], (1,), {}]:
    try:
        int(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('5', '10')
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('1' * 50 + 'x')
except ValueError as e:
    print(type(e).__name__, e)
