# stderr: exact
# Output never starts: the whole file is compiled before it runs.
print("first line runs?")
x = = 1
