# pass in every kind of block.
def nothing():
    pass
print(nothing())
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except ValueError:
    pass
finally:
    print('finally after pass')
def only_doc():
    'a docstring is an expression statement'
print(only_doc())
x = 1
if x:
    pass
    x = 2
print(x)
