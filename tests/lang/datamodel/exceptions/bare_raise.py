# Bare raise re-raises the exception being handled, even after nested handlers finish.
def rethrow():
    try:
        raise ValueError('original')
    except ValueError:
        try:
            raise KeyError('inner')
        except KeyError:
            pass
        raise
try:
    rethrow()
except Exception as e:
    print(type(e).__name__, e)
def no_active():
    raise
try:
    no_active()
except RuntimeError as e:
    print(type(e).__name__, e)
def in_finally_handler():
    try:
        try:
            raise TypeError('t')
        finally:
            print('finally runs')
    except TypeError:
        print('handling')
        raise
try:
    in_finally_handler()
except TypeError as e:
    print('outer got', e)
def helper():
    raise
try:
    raise IndexError('from caller')
except IndexError:
    try:
        helper()
    except IndexError as e:
        print('helper re-raised', e)
