# stderr: exact
# A NameError three calls deep: one traceback entry per frame, innermost last.
def inner():
    print('in inner')
    missing_name
def middle():
    inner()
def outer():
    print('in outer')
    middle()
outer()
