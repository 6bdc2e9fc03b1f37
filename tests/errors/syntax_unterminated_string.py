# stderr: exact
# A string literal that never ends on its line.
print("fine")
s = "abc
print(s)
