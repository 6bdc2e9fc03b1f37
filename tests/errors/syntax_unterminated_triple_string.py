# A triple-quoted string that runs to end of file.
x = 1
s = """abc
more text
