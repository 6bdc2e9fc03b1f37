# return, break and continue inside finally override returns and swallow exceptions.
def ret_override():
    try:
        return 'try'
    finally:
        return 'finally'
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
def order(log):
    try:
        log.append('try')
        return log
    finally:
        log.append('finally')
print(ret_override(), swallow(), order([]))
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    finally:
        print('iter', i)
        if i == 1:
            break
for i in range(4):
    try:
        raise IndexError(i)
    finally:
        if i % 2:
            continue
        print('not continued', i)
        break
def nested():
    out = []
    for i in range(3):
        try:
            try:
                out.append(('try', i))
                if i == 2:
                    return out
            finally:
                out.append(('inner-finally', i))
        finally:
            out.append(('outer-finally', i))
    return 'unreached'
print(nested())
def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n < 3:
                continue
print(count())
