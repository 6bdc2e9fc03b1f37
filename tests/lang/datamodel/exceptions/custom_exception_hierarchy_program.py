# A validation layer with an exception hierarchy, collecting errors and re-raising a summary.
class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field
class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, 'is required')
class BadType(ValidationError):
    def __init__(self, field, expected, got):
        super().__init__(field, f'expected {expected}, got {type(got).__name__}')
class Invalid(Exception):
    def __init__(self, errors):
        super().__init__(f'{len(errors)} error(s)')
        self.errors = errors
SCHEMA = {'name': str, 'age': int, 'email': str}
def validate(record):
    errors = []
    for field, typ in SCHEMA.items():
        try:
            if field not in record:
                raise MissingField(field)
            if not isinstance(record[field], typ):
                raise BadType(field, typ.__name__, record[field])
            if field == 'age' and not 0 <= record[field] < 150:
                raise ValidationError(field, f'out of range: {record[field]}')
        except ValidationError as e:
            errors.append(e)
    if errors:
        raise Invalid(errors)
    return True
records = [{'name': 'Al', 'age': 30, 'email': 'a@x'}, {'name': 'Bo', 'age': '30'}, {'age': 200, 'email': 5}, {}]
for r in records:
    try:
        print('valid', validate(r))
    except Invalid as inv:
        print('invalid:', inv, [f'{type(e).__name__}({e.field}): {e}' for e in inv.errors])
