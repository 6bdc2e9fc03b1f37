# stderr: exact
# Output printed before an uncaught chained exception still appears on stdout.
for i in range(3):
    print('step', i)
try:
    raise IndexError('list index out of range')
except IndexError as e:
    print('handling', e)
    raise
