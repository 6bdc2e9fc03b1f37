# assert with and without messages; message evaluated only on failure.
def check(x):
    try:
        assert x > 0, f'x must be positive, got {x}'
        assert x != 5
        assert x < 100, ('too big', x)
        return 'ok'
    except AssertionError as e:
        return f'{type(e).__name__} {e!r} {e.args}'
for x in [1, -3, 5, 1000]:
    print(x, check(x))
calls = []
def msg():
    calls.append(1)
    return 'm'
assert True, msg()
print(calls)
try:
    assert [], msg()
except AssertionError as e:
    print(e, calls)
try:
    assert (0, 'parenthesised tuple is truthy')
    print('tuple assert passed')
except AssertionError:
    print('not reached')
