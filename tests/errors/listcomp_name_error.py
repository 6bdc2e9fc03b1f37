# A NameError inside a list comprehension.
data = [1, 2, 3]
print([x * 2 for x in data])
print([x * factor for x in data])
