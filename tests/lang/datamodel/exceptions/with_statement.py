# with: __enter__/__exit__ order, several items, suppression, exceptions in enter/exit.
class CM:
    def __init__(self, name, suppress=False, log=None):
        self.name, self.suppress, self.log = name, suppress, log
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        self.log.append(f'exit {self.name} {et.__name__ if et else None} {ev!r} {tb is not None}')
        return self.suppress
log = []
with CM('a', log=log) as x, CM('b', log=log) as y:
    log.append(f'body {x} {y}')
print(log)
log = []
with CM('outer', suppress=True, log=log), CM('inner', log=log):
    raise ValueError('boom')
print(log)
log = []
try:
    with CM('only', log=log):
        1 / 0
except ZeroDivisionError as e:
    log.append('caught ' + str(e))
print(log)
class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('never')
log = []
try:
    with CM('first', log=log), BadEnter():
        log.append('body')
except RuntimeError as e:
    log.append(str(e))
print(log)
def early():
    log = []
    for i in range(3):
        with CM(str(i), log=log):
            if i == 1:
                break
    with CM('r', log=log):
        return log
print(early())
