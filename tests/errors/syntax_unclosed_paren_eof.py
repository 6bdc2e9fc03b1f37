# stderr: exact
# A parenthesis still open at end of file.
print("never")
x = (1,
