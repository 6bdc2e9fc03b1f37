# Nested with blocks: exit order, exceptions in __exit__ replacing the body's, context chaining.
log = []
class R:
    def __init__(self, name, fail_exit=False):
        self.name, self.fail_exit = name, fail_exit
    def __enter__(self):
        log.append('+' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append('-' + self.name + (':' + et.__name__ if et else ''))
        if self.fail_exit:
            raise RuntimeError(f'exit of {self.name} failed')
        return False
try:
    with R('a'):
        with R('b', fail_exit=True):
            with R('c'):
                raise ValueError('body')
except RuntimeError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
print(log)
log.clear()
try:
    with R('x'), R('y', fail_exit=True), R('z'):
        log.append('body ok')
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
print(log)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
