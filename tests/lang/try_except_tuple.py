# except (A, B) and several except clauses; the first match wins.
def risky(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][0]
    if kind == 'zero':
        return 1 // 0
    if kind == 'type':
        return len(5)
    return 'fine'
for kind in ['key', 'index', 'zero', 'type', 'none']:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print(kind, 'lookup error', repr(e))
    except ZeroDivisionError:
        print(kind, 'zero division')
    except Exception as e:
        print(kind, 'other', type(e), e)
try:
    [][1]
except LookupError as e:
    print('LookupError caught', type(e))
try:
    1 / 0
except ArithmeticError as e:
    print('ArithmeticError caught', type(e))
try:
    undefined
except (TypeError, NameError):
    print('tuple with NameError')
