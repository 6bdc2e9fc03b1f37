# return at module level.
print("never")
return 5
