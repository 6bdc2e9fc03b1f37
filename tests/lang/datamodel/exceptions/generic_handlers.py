# Catching everything with "except Exception" vs "except BaseException", and bare except.
def run(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return 'Exception caught ' + type(e).__name__
    except BaseException as e:
        return 'only BaseException caught ' + type(e).__name__
for exc in [ValueError, KeyboardInterrupt, SystemExit, GeneratorExit, StopIteration, ArithmeticError('x')]:
    print(run(exc))
try:
    raise KeyboardInterrupt
except:
    print('bare except catches KeyboardInterrupt too')
try:
    try:
        raise ValueError('inner')
    except:
        print('bare except then re-raise')
        raise
except ValueError as e:
    print('outer', e)
