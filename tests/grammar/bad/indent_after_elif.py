if a:
  b
elif c:
x
