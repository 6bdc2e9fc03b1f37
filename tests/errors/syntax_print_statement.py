# print as a statement (Python 2).
print "hello"
