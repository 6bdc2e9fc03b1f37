# stderr: exact
# An exception escaping a with block inside a loop: __exit__ runs, then the traceback.
class Logged:
    def __enter__(self):
        print('enter')
    def __exit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
for i in range(3):
    with Logged():
        print('iteration', i)
        if i == 1:
            raise IndexError(f'stopped at {i}')
