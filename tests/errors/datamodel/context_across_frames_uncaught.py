# stderr: exact
# Context chaining across function frames: the handler calls a function that fails.
def cleanup():
    raise OSError('cleanup failed')
def work():
    raise ValueError('work failed')
try:
    work()
except ValueError:
    cleanup()
