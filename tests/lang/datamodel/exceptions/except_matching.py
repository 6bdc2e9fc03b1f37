# except clauses: tuples, base classes, order of clauses, first match wins.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-specific ' + type(e).__name__
    except LookupError:
        return 'lookup'
    except (ZeroDivisionError,):
        return 'zero'
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except Exception:
        return 'other'
for exc in [KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(),
            ValueError(), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), RecursionError()]:
    print(type(exc).__name__, classify(exc))
errors = (TypeError, ValueError)
try:
    int('x')
except errors as e:
    print('tuple variable', type(e).__name__)
try:
    raise ValueError
except ():
    print('never')
except ValueError:
    print('empty tuple matches nothing')
try:
    try:
        raise KeyError('k')
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
