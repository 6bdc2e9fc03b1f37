# Bytes that are not UTF-8 (a Latin-1 e-acute) in a string literal.
print("never")
s = "café"
