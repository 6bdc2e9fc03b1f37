# stderr: exact
# An if with no indented body.
if True:
print(1)
