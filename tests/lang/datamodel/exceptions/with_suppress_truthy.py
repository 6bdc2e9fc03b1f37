# __exit__ return values: any truthy value suppresses, falsy values propagate.
class CM:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print('exit got', exc[0].__name__ if exc[0] else None, 'returns', repr(self.ret))
        return self.ret
for ret in [True, 1, 'yes', [0], False, 0, None, '', []]:
    try:
        with CM(ret):
            raise KeyError('k')
        print('suppressed by', repr(ret))
    except KeyError:
        print('propagated with', repr(ret))
with CM(False) as cm:
    print('no exception', type(cm).__name__)
def returns_inside():
    with CM(True):
        return 'returned value'
print(returns_inside())
def loop():
    out = []
    for i in range(3):
        with CM(True):
            if i == 1:
                continue
            out.append(i)
    return out
print(loop())
