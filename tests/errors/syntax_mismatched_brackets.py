# Brackets that do not match.
x = (1, 2]
