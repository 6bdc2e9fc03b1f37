# else runs when nothing was raised; finally always runs.
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print('  except')
        r = None
    else:
        print('  else', r)
    finally:
        print('  finally')
    return r
print(attempt(2))
print(attempt(0))
def with_return():
    try:
        return 'from try'
    finally:
        print('finally before return')
print(with_return())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
while True:
    try:
        break
    finally:
        print('finally on break')
try:
    try:
        raise KeyError('inner')
    finally:
        print('inner finally')
except KeyError as e:
    print('outer caught', e)
