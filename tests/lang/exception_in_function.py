# Exceptions propagate through calls; finally blocks run on the way.
def level3():
    print('level3 start')
    x = [1, 2, 3][10]
    print('level3 end')
def level2():
    try:
        level3()
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except IndexError as e:
        print('level1 caught', e)
        return 'handled'
print(level1())
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print('logging, then re-raising')
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print('outer got', e)
def convert():
    try:
        int('nope')
    except ValueError:
        raise KeyError('converted')
try:
    convert()
except KeyError as e:
    print('KeyError', e)
def loop_with_errors():
    out = []
    for v in ['1', 'x', '3', '', '5']:
        try:
            out.append(int(v))
        except ValueError:
            out.append(None)
    return out
print(loop_with_errors())
