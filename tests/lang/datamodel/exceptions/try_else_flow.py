# try/except/else/finally: which blocks run, in which order, for each outcome.
def run(action):
    log = []
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError
        if action == 'return':
            return log + ['returned']
        if action == 'other':
            raise KeyError
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
for a in ['ok', 'raise', 'return']:
    print(a, run(a))
try:
    run('other')
except KeyError:
    print('KeyError propagated')
def else_raises():
    try:
        pass
    except ValueError:
        return 'not here'
    else:
        raise ValueError('from else')
try:
    else_raises()
except ValueError as e:
    print('else raised', e)
for i in range(3):
    try:
        if i == 1:
            continue
    except Exception:
        pass
    else:
        print('else of', i)
    finally:
        print('finally of', i)
