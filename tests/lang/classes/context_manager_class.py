# Context managers as classes: __enter__/__exit__ order, suppression, nesting.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as a, CM('b') as b:
    print('body', a.name, b.name)
with CM('outer', suppress=True):
    with CM('inner'):
        raise KeyError('k')
print('after suppress')
try:
    with CM('x'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
def f():
    with CM('in f'):
        return 'returned'
print(f())
for i in range(2):
    with CM(f'loop{i}'):
        if i == 0:
            continue
        break
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
