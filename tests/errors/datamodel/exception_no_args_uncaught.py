# stderr: exact
# An exception without arguments prints just its name.
print('before')
raise NotImplementedError
