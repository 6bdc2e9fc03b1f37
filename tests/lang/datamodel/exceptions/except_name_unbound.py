# The name bound by "except ... as e" is deleted at the end of the handler.
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved, 'exc' in locals()
s, present = f()
print(repr(s), present)
def g():
    try:
        raise KeyError
    except KeyError as exc:
        pass
    return exc
try:
    g()
except UnboundLocalError as err:
    print(type(err).__name__, err)
