# PEP 479: StopIteration escaping a generator body becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration('inner')

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause:', repr(e.__cause__), e.__suppress_context__)
    print('context is cause:', e.__context__ is e.__cause__)
print(g.gi_frame)

def next_on_empty():
    it = iter([])
    yield next(it)

try:
    list(next_on_empty())
except RuntimeError as e:
    print('list():', e, type(e.__cause__).__name__)

def caught_inside():
    try:
        next(iter(()))
    except StopIteration:
        yield 'caught it'
    yield 'fine'
print(list(caught_inside()))

def for_loop_consumer():
    for x in leaky():
        yield x * 10
try:
    for v in for_loop_consumer():
        print('got', v)
except RuntimeError as e:
    print('outer:', e)
    print('inner cause:', type(e.__cause__).__name__)
