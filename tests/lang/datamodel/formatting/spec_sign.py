# Sign options + - and space for ints and floats, zero and negative zero.
for v in [5, -5, 0, 3.5, -3.5, 0.0, -0.0, float('inf'), float('-inf'), float('nan')]:
    print(repr(v), [format(v, s) for s in ['', '+', '-', ' ', '+8', ' 8', '+08', ' <6', '+^9']])
for v in [7, -7]:
    print([format(v, s) for s in ['+x', ' b', '+#o', '-#X', '+,', ' _']])
print(format(-0.0, '+.1f'), format(0.0, ' .2e'), format(-1e-9, '+.3f'), format(1e-9, '+.3g'))
