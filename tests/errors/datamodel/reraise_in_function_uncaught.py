# stderr: exact
# A bare raise in a function called from a handler re-raises with both frames shown.
def log_and_reraise():
    print('logging')
    raise
try:
    {}.pop('k')
except KeyError:
    log_and_reraise()
