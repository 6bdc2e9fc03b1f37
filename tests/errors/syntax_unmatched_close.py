# A closing bracket with nothing open.
x = 1)
