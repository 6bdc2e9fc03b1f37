# repr and == of very deep data raise RecursionError, and the interpreter stays usable.
x = []
for i in range(100000):
    x = [x]
try:
    repr(x)
    print('no error?')
except RecursionError as e:
    print('RecursionError:', e)
y = []
for i in range(100000):
    y = [y]
try:
    print(x == y)
except RecursionError as e:
    print('RecursionError:', e)
print(repr([[[1]]]), [[1]] == [[1]])
