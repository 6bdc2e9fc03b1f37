# User exception classes: custom __init__, extra attributes, __str__, hierarchies.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
        self.problem = problem
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f'not found: {self.key!r}'
class Quiet(AppError):
    def __init__(self, *args):
        super().__init__(*args)
for exc in [AppError('plain'), ValidationError('age', 'negative'), NotFound('bob'), Quiet(1, 2), Quiet()]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args, isinstance(e, Exception))
try:
    raise ValidationError('name', 'empty')
except ValidationError as e:
    print(e.field, e.problem, e)
def find(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]
for k in ['a', 'z']:
    try:
        print(find({'a': 1}, k))
    except AppError as e:
        print('caught', e, type(e).__mro__[1].__name__)
class Code(Exception):
    code = 500
class Teapot(Code):
    code = 418
try:
    raise Teapot
except Code as e:
    print(e.code, repr(e), type(e).__name__)
