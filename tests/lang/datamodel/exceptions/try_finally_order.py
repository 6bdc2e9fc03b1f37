# The order of prints through nested try/finally when exceptions propagate across functions.
def inner(kind):
    try:
        print('  inner try')
        if kind == 'value':
            raise ValueError('inner value')
        if kind == 'key':
            raise KeyError('inner key')
        return 'inner ok'
    finally:
        print('  inner finally')
def middle(kind):
    try:
        print(' middle try')
        return inner(kind)
    except ValueError as e:
        print(' middle caught', e)
        return 'recovered'
    finally:
        print(' middle finally')
def outer(kind):
    try:
        return middle(kind)
    except LookupError as e:
        print('outer caught', repr(e))
        return 'outer recovered'
    finally:
        print('outer finally')
for kind in ['none', 'value', 'key']:
    print(kind, '->', outer(kind))
