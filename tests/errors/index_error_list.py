# Indexing past the end of a list.
items = ['a', 'b', 'c']
print(items[2])
items[3]
