# A context manager object dies right after the with block when nothing keeps it.
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return 'value'
    def __exit__(self, *a):
        print('exit', self.n)
    def __del__(self):
        print('del', self.n)
with CM(1) as v:
    print('body', v)
print('after with 1')
with CM(2):
    pass
print('after with 2')
def f():
    with CM(3):
        return 'r'
print(f())
print('end')
