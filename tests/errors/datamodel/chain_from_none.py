# stderr: exact
# raise ... from None hides the context in the traceback.
try:
    [].pop()
except IndexError:
    raise KeyError('clean') from None
