# stderr: exact
# A bracket still open when the next statement starts.
x = [1, 2, 3
print(x)
