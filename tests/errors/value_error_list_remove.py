# list.remove of a value that is not there.
a = [1, 2, 3]
a.remove(2)
print(a)
a.remove(2)
