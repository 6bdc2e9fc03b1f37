# stderr: exact
# Several arguments print as a tuple on the last line.
raise ValueError('bad value', 42, [1, 2])
