# stderr: exact
# An undefined name at module level: output so far, then the traceback.
print('before')
values = [1, 2, 3]
print(len(values))
undefined_total
print('never')
