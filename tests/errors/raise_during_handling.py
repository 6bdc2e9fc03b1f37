# stderr: exact
# An exception raised in an except block shows both tracebacks.
def parse(s):
    try:
        int(s)
    except ValueError:
        raise KeyError(s)
print('start')
parse('x')
