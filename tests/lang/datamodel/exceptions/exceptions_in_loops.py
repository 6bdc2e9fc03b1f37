# try/except inside loops with break/continue/else, counting and collecting errors.
data = ['1', '2', 'x', '4', '', '6', '7.5', '-8']
total, errors = 0, []
for i, s in enumerate(data):
    try:
        n = int(s)
    except ValueError as e:
        errors.append((i, str(e)))
        continue
    else:
        total += n
    finally:
        pass
    if total > 100:
        break
print(total, errors)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise ConnectionError(f'attempt {attempts} failed')
        print('connected after', attempts)
        break
    except ConnectionError as e:
        print('retry:', e)
results = []
for d in [2, 0, 5, 'a', None]:
    try:
        results.append(10 / d)
    except ZeroDivisionError:
        results.append('inf')
    except TypeError as e:
        results.append(type(e).__name__)
print(results)
