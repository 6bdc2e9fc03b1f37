# Exception instances with attributes are freed when the handler finishes.
class Payload:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del payload', self.n)
class MyErr(Exception):
    def __init__(self, payload):
        super().__init__('myerr')
        self.payload = payload
def f():
    raise MyErr(Payload(1))
try:
    f()
except MyErr as e:
    print('caught', e, e.payload.n)
print('after handler')
try:
    raise MyErr(Payload(2))
except MyErr:
    print('caught without name')
print('after second')
err = None
try:
    raise MyErr(Payload(3))
except MyErr as e:
    err = e
print('kept', err.payload.n)
err = None
print('end')
