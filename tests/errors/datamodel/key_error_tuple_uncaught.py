# stderr: exact
# KeyError shows the repr of the key, here a tuple.
d = {(1, 2): 'a'}
d.pop((3, 4))
