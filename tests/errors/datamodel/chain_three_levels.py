# stderr: exact
# Three chained exceptions: context, then cause, printed oldest first.
def level1():
    divmod(1, 0)
def level2():
    try:
        level1()
    except ZeroDivisionError:
        raise ValueError('level two')
try:
    level2()
except ValueError as e:
    raise TypeError('level three') from e
