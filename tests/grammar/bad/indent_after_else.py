if a:
  b
else:
x
