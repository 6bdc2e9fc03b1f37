# input() at end of input: the prompt is printed, then EOFError is raised.
try:
    s = input('name? ')
    print('got', s)
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e, e.args)
try:
    input('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
print('after')
