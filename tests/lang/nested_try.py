# Nested try statements, handlers that raise, and exceptions in else.
def f(n):
    try:
        try:
            if n == 0:
                raise ValueError('zero')
            if n == 1:
                raise KeyError('one')
            return 'ok ' + str(n)
        except ValueError as e:
            return 'inner handled ' + str(e)
        finally:
            print('  inner finally', n)
    except KeyError as e:
        return 'outer handled ' + str(e)
for n in range(3):
    print(f(n))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print('handler raised', type(e), e)
try:
    try:
        pass
    except Exception:
        print('never')
    else:
        raise RuntimeError('from else')
except RuntimeError as e:
    print('caught', e)
count = 0
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        count += 1
    except ValueError as e:
        count += 10
print(count)
