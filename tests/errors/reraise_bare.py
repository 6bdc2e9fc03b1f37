# stderr: exact
# A bare raise re-raises the exception being handled, with its original traceback.
def fail():
    raise IndexError('original')
try:
    fail()
except IndexError:
    print('handling')
    raise
