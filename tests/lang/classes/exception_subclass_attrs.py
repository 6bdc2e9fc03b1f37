# Exception subclasses with extra attributes, custom __str__, hierarchies.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f'{field}: {message}')
        self.field = field
        self.message = message
class HTTPError(AppError):
    def __init__(self, code, reason='unknown'):
        self.code = code
        self.reason = reason
    def __str__(self):
        return f'HTTP {self.code} ({self.reason})'
try:
    raise ValidationError('age', 'must be positive')
except AppError as e:
    print(type(e).__name__, e, e.field, e.message, e.args, repr(e))
try:
    raise HTTPError(404, reason='not found')
except AppError as e:
    print(e, e.code, e.args, isinstance(e, Exception))
e = HTTPError(500)
e.extra = [1]
print(e.extra, e.__dict__ == {'code': 500, 'reason': 'unknown', 'extra': [1]})
class Plain(ValueError):
    pass
try:
    raise Plain('a', 2)
except ValueError as e:
    print(e, repr(e), e.args)
try:
    try:
        raise Plain('inner')
    except Plain as e:
        raise AppError('outer') from e
except AppError as e:
    print(e, repr(e.__cause__))
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1:3])
class KW(Exception):
    def __init__(self, *, kind):
        super().__init__(kind)
print(KW(kind='k').args)
try:
    Plain(x=1)
except TypeError as e:
    print('TypeError:', e)
