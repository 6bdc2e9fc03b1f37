# stderr: exact
# An exception raised while handling another prints both, joined by "During handling".
def load():
    int('x')
try:
    load()
except ValueError:
    raise RuntimeError('could not load config')
