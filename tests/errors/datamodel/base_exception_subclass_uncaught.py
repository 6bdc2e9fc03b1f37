# stderr: exact
# A BaseException subclass that is not an Exception is still reported normally.
class Stop(BaseException):
    pass
try:
    raise Stop('outer')
except Exception:
    print('not caught here')
