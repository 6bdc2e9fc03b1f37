# stderr: exact
# Handlers inside handlers: each context is printed, innermost last.
try:
    raise OSError('disk')
except OSError:
    try:
        raise ValueError('parse')
    except ValueError:
        raise RuntimeError('giving up')
