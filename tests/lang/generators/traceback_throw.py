# stderr: exact
# throw() raises at the generator's yield: its frame is in the traceback.
def worker():
    while True:
        yield


w = worker()
next(w)
w.throw(KeyError('thrown'))
