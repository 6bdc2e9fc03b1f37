# stderr: exact
# When __str__ of the uncaught exception itself raises, CPython prints a placeholder.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError('no str for you')
raise Broken('x')
