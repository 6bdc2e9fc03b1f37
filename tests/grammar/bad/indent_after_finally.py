try:
  b
finally:
x
