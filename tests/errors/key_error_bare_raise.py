# raise of a class with no arguments prints just the name.
print('raising')
raise KeyError
