# stderr: exact
# An empty message prints the class name alone.
raise ValueError('')
