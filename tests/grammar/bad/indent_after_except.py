try:
  b
except E as e:
x
