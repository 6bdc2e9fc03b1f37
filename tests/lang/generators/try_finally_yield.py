# yield inside try/except/else/finally and loops: resumption goes where it should.
def flow():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield 'try %d' % i
        except ValueError as e:
            yield 'except %s' % e
        else:
            yield 'else %d' % i
        finally:
            yield 'finally %d' % i
    yield 'end'
print(list(flow()))

def while_break():
    n = 0
    while True:
        n += 1
        if n > 3:
            break
        try:
            yield n
        finally:
            print('cleanup', n)
    yield 'after loop'
print(list(while_break()))

def continue_in_finally():
    for i in range(3):
        try:
            yield i
        finally:
            if i == 1:
                continue
    yield 'done'
print(list(continue_in_finally()))

def yield_in_except():
    try:
        1 / 0
    except ZeroDivisionError as e:
        yield type(e).__name__
        yield 'still in except'
    yield 'out'
print(list(yield_in_except()))

def nested_try():
    try:
        try:
            yield 1
            raise KeyError('k')
        except KeyError:
            yield 2
            raise IndexError('i')
        finally:
            yield 3
    except IndexError as e:
        yield 'caught %r' % e
print(list(nested_try()))

def return_in_try():
    try:
        yield 1
        return 'ret'
    finally:
        print('finally before return')
g = return_in_try()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value)
