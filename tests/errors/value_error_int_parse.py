# int() of a string that is not a number.
print(int('12'))
print(int('12x'))
