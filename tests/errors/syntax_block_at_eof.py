# A block header at end of file.
x = 1
while x:
