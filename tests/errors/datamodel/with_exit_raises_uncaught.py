# stderr: exact
# __exit__ raising while the body's exception propagates: both appear, chained.
class Res:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError('cleanup failed')
with Res():
    raise ValueError('body failed')
