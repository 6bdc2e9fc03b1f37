# stderr: exact
# An exception raised in finally while another propagates chains with the first.
def f():
    try:
        raise KeyError('first')
    finally:
        raise ValueError('from finally')
f()
