# stderr: exact
# Too many positional arguments to a method.
class C:
    def m(self, x):
        return x
C().m(1, 2)
