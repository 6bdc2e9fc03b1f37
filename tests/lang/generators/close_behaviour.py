# close(): GeneratorExit at the yield, finally runs, and the RuntimeError rules.
def with_finally(tag):
    try:
        yield 1
        yield 2
    finally:
        print('finally', tag)

g = with_finally('a')
next(g)
print('close ->', g.close())
print('closed frame', g.gi_frame)
print('close again ->', g.close())
print(next(g, 'exhausted'))

g = with_finally('unstarted')
print('close unstarted ->', g.close())
print(list(g))

g = with_finally('done')
print(list(g))
print(g.close())

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise

g = catches_exit(); next(g); g.close()

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'

g = returns_on_exit(); next(g)
print('return on exit ->', g.close())

done = False
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('refusing')
            if done:
                return

g = stubborn(); next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)
print('suspended still:', g.gi_suspended)
done = True

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('from close')

g = raises_other(); next(g)
try:
    g.close()
except ValueError as e:
    print('ValueError:', e)
print(g.gi_frame)
