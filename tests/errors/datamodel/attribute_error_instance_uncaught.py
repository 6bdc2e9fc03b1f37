# stderr: exact
# AttributeError on a user instance names the class.
class Foo:
    def __init__(self):
        self.y = 1
foo = Foo()
foo.x
