# stderr: exact
# An explicit cause wins over the implicit context in the printed chain.
try:
    {}['a']
except KeyError:
    raise ValueError('v') from OSError('the cause')
