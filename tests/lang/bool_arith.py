# bool is an int subclass: arithmetic, printing, comparisons.
print(True, False, True + True, True * 10, False - 1, -True, ~True)
print(True / 2, True // 2, True % 2, True ** 10, 2 ** True)
print(True & False, True | False, True ^ True, True & 1, False | 2)
print(True == 1, False == 0, True is True, True != False)
print(type(True), type(True + True), type(True & True), type(True | 1))
print(isinstance(True, int), isinstance(1, bool) == False)
print(sum([True, True, False, True]))
print([True, False], (False,), {True: 'yes', False: 'no'})
count = 0
for v in [0, 1, 2, 0, 3]:
    count = count + (v > 0)
print(count)
print(str(True), repr(False), str(True) + str(False))
print(int(True) + int(False), float(True))
print(1 < 2 == True, (1 < 2) == True)
print(not True, not False, not not True)
print(True > False, False < True, max(True, False), min(True, 2))
