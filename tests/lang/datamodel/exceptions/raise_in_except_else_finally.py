# Exceptions raised in except, else and finally blocks: which one escapes, what its context is.
def case(where):
    try:
        try:
            if where != 'else':
                raise ValueError('body')
        except ValueError:
            if where == 'except':
                raise TypeError('from except')
        else:
            raise KeyError('from else')
        finally:
            if where == 'finally':
                raise IndexError('from finally')
    except Exception as e:
        ctx = e.__context__
        return f'{type(e).__name__}: {e} | context: {type(ctx).__name__ if ctx else None}'
    return 'nothing escaped'
for w in ['except', 'else', 'finally', 'none']:
    print(w, '->', case(w))
